"""One test against the real Secret Service (gnome-keyring under dbus-run-session).

`.ci/run` (through `make test`) starts a private D-Bus session and an unlocked
gnome-keyring; elsewhere this test skips and says why.
"""

from __future__ import annotations

import os

import pytest

from secondop_desktop.store import Keychain

pytestmark = pytest.mark.secret_service


@pytest.fixture
def secret_service_backend():  # type: ignore[no-untyped-def]
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not os.environ.get(
        "SECONDOP_SECRET_SERVICE"
    ):
        pytest.skip(
            "no unlocked Secret Service here (make test starts one when gnome-keyring "
            "and dbus-run-session are installed)"
        )
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    return backend


def test_real_secret_service_round_trip(secret_service_backend) -> None:  # type: ignore[no-untyped-def]
    chain = Keychain(secret_service_backend)
    assert chain.availability().available, chain.availability().reason
    key = os.urandom(32)
    chain.remember("secondop-test-vault", key)
    try:
        assert chain.recall("secondop-test-vault") == key
    finally:
        chain.forget("secondop-test-vault")
    assert chain.recall("secondop-test-vault") is None
