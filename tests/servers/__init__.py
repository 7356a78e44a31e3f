"""Loopback test servers: Mastodon built from recorded responses, a fault-injecting proxy, the fault harness."""
