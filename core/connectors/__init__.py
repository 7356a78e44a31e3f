"""Connectors: one class per network, all implementing :class:`base.Connector`."""
