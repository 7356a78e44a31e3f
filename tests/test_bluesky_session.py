"""The one Bluesky connector factory (``core.connectors.bluesky:from_account``, used by
``core.accounts.connector_for``) refuses a saved session that belongs to another account."""

from __future__ import annotations

import pytest

from core import accounts, secrets
from core.connectors.base import AuthExpired
from core.connectors.bluesky import BlueskyConnector, Session
from core.store import Store

SERVICE = "https://pds.example"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(secrets, "_session", secrets._Memory())  # this test's vault, in memory
    with Store.open(tmp_path / "ws.sqlite") as s:
        yield s


def _save_session(store: Store, account, did: str, handle: str) -> None:
    session = Session(did=did, handle=handle, access_jwt="access", refresh_jwt="refresh", pds_url=SERVICE)
    secrets.save(accounts.secret_key(account), session.to_secret())


def test_the_factory_connector_for_uses_is_the_one_with_the_check():
    assert accounts.CONNECTORS["bluesky"] == "core.connectors.bluesky:from_account"


def test_the_accounts_own_session_is_used(store):
    account = store.add_account("bluesky", "mission.example", "Mission", "did:plc:mission", SERVICE)
    _save_session(store, account, "did:plc:mission", "mission.example")
    connector = accounts.connector_for(store, account)
    assert isinstance(connector, BlueskyConnector) and connector.did == "did:plc:mission"
    assert store.account(account.id).status == "ok"


def test_a_session_of_another_did_is_refused(store):
    account = store.add_account("bluesky", "mission.example", "Mission", "did:plc:mission", SERVICE)
    _save_session(store, account, "did:plc:someone-else", "mission.example")  # same handle, other DID
    with pytest.raises(AuthExpired, match=r"sign in again: the saved Bluesky session is not mission\.example's"):
        accounts.connector_for(store, account)
    assert store.account(account.id).status == "signin_required"


def test_without_a_did_on_the_row_the_handle_decides(store):
    account = store.add_account("bluesky", "mission.example", "Mission", None, SERVICE)
    _save_session(store, account, "did:plc:other", "other.example")
    with pytest.raises(AuthExpired, match="sign in again"):
        accounts.connector_for(store, account)
    _save_session(store, account, "did:plc:mission", "Mission.Example")  # handles compare without case
    assert accounts.connector_for(store, store.account(account.id)).did == "did:plc:mission"
