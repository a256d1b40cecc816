"""Key hierarchy: data key, passphrase wrap, recovery key, and the plaintext header.

Design (see README, "How your data is protected"):

* A random 256-bit *recovery secret* is generated at creation. The SQLCipher *data key* is
  derived from it with HKDF. The data key is therefore random, and the recovery key alone
  can rebuild it: losing or damaging the header file never loses the data.
* The header (JSON, no patient data) stores the data key wrapped with AES-256-GCM twice:
  under an Argon2id key from the NFC-normalised passphrase, and under a key derived from
  the recovery secret. A wrong passphrase fails the GCM tag check before the database is
  touched. The header fields are bound as associated data, so editing the KDF parameters
  or the vault id breaks the tag instead of silently weakening anything.
* ``key_check`` (an HMAC of a constant under the data key) lets a remembered key from the
  keychain be verified without reading the database, so a stale entry is told apart from
  a damaged vault.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from secondop_desktop.i18n import translate
from secondop_desktop.store.errors import (
    HeaderDamaged,
    InvalidRecoveryKey,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)

HEADER_FORMAT = "secondop-vault-header"
HEADER_VERSION = 1
KEY_BYTES = 32

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_MAP = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_MAP.update({"O": 0, "I": 1, "L": 1})
RECOVERY_BODY_CHARS = 52  # 256 bits in base32 (4 padding bits)
RECOVERY_CHECK_CHARS = 4  # 20 bits of SHA-256: catches typos, not a secret
RECOVERY_GROUP = 4

# Bounds on what a header may ask for, checked before any key derivation: a damaged or
# tampered header must give a sentence, never an hour of Argon2id or a gigabyte too many.
MEMORY_KIB_RANGE = (1024, 1 << 20)  # 1 MiB .. 1 GiB
ITERATIONS_RANGE = (1, 10)
LANES_RANGE = (1, 16)
WORK_LIMIT = 1 << 22  # memory_kib * iterations: 4 GiB-passes, ~10 s on a slow laptop
SALT_LEN_RANGE = (16, 64)
NONCE_LEN = 12
WRAPPED_LEN = KEY_BYTES + 16  # the data key and the GCM tag
KEY_CHECK_LEN = 16
VAULT_ID_MAX = 64


def _header_damaged() -> HeaderDamaged:
    """The sentence for a header that fails its checks (made when raised, in the language
    of the moment)."""
    return HeaderDamaged(
        translate(
            "keys",
            "The vault's key header (vault.header) is damaged, so your passphrase cannot be "
            "checked. Open the vault with your recovery key (Forgot passphrase?) to write a new "
            "header, or restore the header from a backup. Your data is not affected.",
        )
    )


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.4 s and 128 MiB on a 2-core laptop."""

    memory_kib: int = 131072
    iterations: int = 3
    lanes: int = 2

    def out_of_range(self) -> str | None:
        """What is wrong with these parameters, or None when they are sane."""
        checks = (
            ("memory", self.memory_kib, MEMORY_KIB_RANGE),
            ("iterations", self.iterations, ITERATIONS_RANGE),
            ("parallelism", self.lanes, LANES_RANGE),
        )
        for name, value, (low, high) in checks:
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                return f"{name} {value!r} is outside {low}..{high}"
        if self.memory_kib < 8 * self.lanes:
            return "memory is too small for its parallelism"
        if self.memory_kib * self.iterations > WORK_LIMIT:
            return "memory times iterations is too large"
        return None

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        problem = self.out_of_range()
        if problem is not None or not SALT_LEN_RANGE[0] <= len(salt) <= SALT_LEN_RANGE[1]:
            raise _header_damaged()
        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)

    def as_dict(self) -> dict[str, int | str]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


# Cheap parameters for tests only; the header records which were used, so any vault opens.
TEST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise then UTF-8 encode, so the same text typed two ways opens the vault."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class RecoveryKey:
    """The 256-bit recovery secret and its human form (14 groups of 4 characters)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != KEY_BYTES:
            raise ValueError("recovery secret must be 32 bytes")
        self._secret = secret

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def secret(self) -> bytes:
        return self._secret

    def data_key(self) -> bytes:
        return _hkdf(self._secret, b"secondop data key v1")

    def wrapping_key(self) -> bytes:
        return _hkdf(self._secret, b"secondop recovery wrap v1")

    @staticmethod
    def _encode_bits(value: int, chars: int) -> str:
        out = []
        for _ in range(chars):
            out.append(_CROCKFORD[value & 31])
            value >>= 5
        return "".join(reversed(out))

    @staticmethod
    def _checksum(secret: bytes) -> str:
        digest = int.from_bytes(hashlib.sha256(b"secondop recovery" + secret).digest()[:3], "big")
        return RecoveryKey._encode_bits(digest >> 4, RECOVERY_CHECK_CHARS)

    def groups(self) -> list[str]:
        body = self._encode_bits(int.from_bytes(self._secret, "big") << 4, RECOVERY_BODY_CHARS)
        text = body + self._checksum(self._secret)
        return [text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP)]

    def formatted(self) -> str:
        return "-".join(self.groups())

    def __str__(self) -> str:  # never printed by accident in logs: callers ask for it
        return "RecoveryKey(…)"

    __repr__ = __str__

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed key: case, spaces and dashes are ignored; O/I/L read as 0/1/1."""
        cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
        expected = RECOVERY_BODY_CHARS + RECOVERY_CHECK_CHARS
        if len(cleaned) != expected:
            raise InvalidRecoveryKey(
                translate(
                    "keys",
                    "A recovery key has {expected} letters and digits ({groups} groups of "
                    "{size}); this one has {count}.",
                ).format(
                    expected=expected,
                    groups=expected // RECOVERY_GROUP,
                    size=RECOVERY_GROUP,
                    count=len(cleaned),
                )
            )
        bad = sorted({ch for ch in cleaned if ch not in _CROCKFORD_MAP})
        if bad:
            raise InvalidRecoveryKey(
                translate("keys", "A recovery key never contains {characters}.").format(
                    characters=", ".join(repr(c) for c in bad)
                )
            )
        value = 0
        for ch in cleaned[:RECOVERY_BODY_CHARS]:
            value = (value << 5) | _CROCKFORD_MAP[ch]
        secret = (value >> 4).to_bytes(KEY_BYTES, "big")
        key = cls(secret)
        check = "".join(_CROCKFORD[_CROCKFORD_MAP[c]] for c in cleaned[RECOVERY_BODY_CHARS:])
        if check != cls._checksum(secret) or value & 0xF:
            raise InvalidRecoveryKey(
                translate(
                    "keys",
                    "This recovery key has a typo: compare each group with your recovery kit.",
                )
            )
        return key


def _checksum(doc: dict[str, object]) -> str:
    """SHA-256 over the header's canonical JSON (sorted keys, no spaces), checksum left out:
    catches a flipped bit anywhere, before it can pass for a wrong passphrase."""
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def key_check(data_key: bytes) -> str:
    return _b64(hmac.new(data_key, b"secondop key check v1", hashlib.sha256).digest()[:16])


@dataclass(frozen=True)
class Wrapped:
    nonce: bytes
    ciphertext: bytes

    def as_dict(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}


@dataclass(frozen=True)
class Header:
    """The plaintext file beside the database. It holds no patient data."""

    vault_id: str
    kdf: KdfParams
    salt: bytes
    passphrase_wrap: Wrapped
    recovery_wrap: Wrapped
    key_check: str
    version: int = HEADER_VERSION
    extra: dict[str, object] = field(default_factory=dict)
    # "Recovery key confirmed": an HMAC under the data key bound to the recovery wrap (so
    # it is authenticated, and a new recovery key starts unconfirmed), or None. Headers
    # written before the flag existed count as confirmed: their users went through the
    # old flow, which confirmed the key before the vault was used.
    confirm_tag: str | None = None
    legacy_confirmed: bool = False

    # -- wrapping ---------------------------------------------------------------------
    def _aad(self, purpose: str) -> bytes:
        bound = {
            "format": HEADER_FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "purpose": purpose,
            "kdf": self.kdf.as_dict(),
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True).encode()

    @classmethod
    def new(
        cls, passphrase: str, recovery: RecoveryKey, kdf: KdfParams, vault_id: str | None = None
    ) -> Header:
        data_key = recovery.data_key()
        stub = cls(
            vault_id=vault_id or str(uuid.uuid4()),
            kdf=kdf,
            salt=secrets.token_bytes(16),
            passphrase_wrap=Wrapped(b"", b""),
            recovery_wrap=Wrapped(b"", b""),
            key_check=key_check(data_key),
        )
        rec_nonce = secrets.token_bytes(12)
        rec_ct = AESGCM(recovery.wrapping_key()).encrypt(rec_nonce, data_key, stub._recovery_aad())
        stub = replace(stub, recovery_wrap=Wrapped(rec_nonce, rec_ct))
        return stub.with_passphrase(passphrase, data_key, kdf)

    def with_passphrase(self, passphrase: str, data_key: bytes, kdf: KdfParams) -> Header:
        """A copy with a fresh salt and the data key re-wrapped under ``passphrase``.

        The recovery wrap is kept as it is: its associated data names only the vault.
        """
        fresh = replace(self, kdf=kdf, salt=secrets.token_bytes(16))
        wrap_key = kdf.derive(normalize_passphrase(passphrase), fresh.salt)
        nonce = secrets.token_bytes(12)
        ct = AESGCM(wrap_key).encrypt(nonce, data_key, fresh._aad("passphrase"))
        return replace(fresh, passphrase_wrap=Wrapped(nonce, ct))

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        wrap_key = self.kdf.derive(normalize_passphrase(passphrase), self.salt)
        try:
            data_key = AESGCM(wrap_key).decrypt(
                self.passphrase_wrap.nonce, self.passphrase_wrap.ciphertext, self._aad("passphrase")
            )
        except InvalidTag:
            raise WrongPassphrase(
                translate(
                    "keys",
                    "That passphrase does not open this vault. Check Caps Lock and the keyboard "
                    "layout, or use your recovery key.",
                )
            ) from None
        return data_key

    def unwrap_with_recovery(self, recovery: RecoveryKey) -> bytes:
        try:
            data_key = AESGCM(recovery.wrapping_key()).decrypt(
                self.recovery_wrap.nonce, self.recovery_wrap.ciphertext, self._recovery_aad()
            )
        except InvalidTag:
            raise WrongRecoveryKey(
                translate("keys", "This recovery key belongs to a different vault.")
            ) from None
        return data_key

    def _recovery_aad(self) -> bytes:
        bound = {"format": HEADER_FORMAT, "vault_id": self.vault_id, "purpose": "recovery"}
        return json.dumps(bound, sort_keys=True).encode()

    def verifies(self, data_key: bytes) -> bool:
        return hmac.compare_digest(key_check(data_key), self.key_check)

    # -- recovery key confirmation ------------------------------------------------------
    def _confirmation(self, data_key: bytes) -> str:
        bound = json.dumps(
            {
                "vault_id": self.vault_id,
                "recovery_wrap": self.recovery_wrap.as_dict(),
                "purpose": "recovery confirmed",
            },
            sort_keys=True,
        ).encode()
        return _b64(hmac.new(data_key, bound, hashlib.sha256).digest()[:16])

    def recovery_confirmed(self, data_key: bytes) -> bool:
        """Whether the user confirmed (typed back) the recovery key this header wraps."""
        if self.legacy_confirmed:
            return True
        if self.confirm_tag is None:
            return False
        return hmac.compare_digest(self._confirmation(data_key), self.confirm_tag)

    def with_recovery_confirmed(self, data_key: bytes) -> Header:
        if not self.verifies(data_key):
            raise WrongRecoveryKey(translate("keys", "This key does not belong to this vault."))
        return replace(self, confirm_tag=self._confirmation(data_key), legacy_confirmed=False)

    def with_new_recovery(self, data_key: bytes) -> tuple[Header, RecoveryKey]:
        """A copy whose recovery wrap is under a fresh recovery key (unconfirmed).

        The data key stays (it is the database's key); the new key opens the vault through
        this header (or a backup's header written after it), not without one."""
        if not self.verifies(data_key):
            raise WrongRecoveryKey(translate("keys", "This key does not belong to this vault."))
        recovery = RecoveryKey.generate()
        nonce = secrets.token_bytes(12)
        ct = AESGCM(recovery.wrapping_key()).encrypt(nonce, data_key, self._recovery_aad())
        fresh = replace(
            self, recovery_wrap=Wrapped(nonce, ct), confirm_tag=None, legacy_confirmed=False
        )
        return fresh, recovery

    def _check_lengths(self) -> None:
        ok = (
            0 < len(self.vault_id) <= VAULT_ID_MAX
            and SALT_LEN_RANGE[0] <= len(self.salt) <= SALT_LEN_RANGE[1]
            and len(self.passphrase_wrap.nonce) == NONCE_LEN
            and len(self.recovery_wrap.nonce) == NONCE_LEN
            and len(self.passphrase_wrap.ciphertext) == WRAPPED_LEN
            and len(self.recovery_wrap.ciphertext) == WRAPPED_LEN
            and len(_unb64(self.key_check)) == KEY_CHECK_LEN
        )
        if not ok:
            raise _header_damaged()

    # -- serialisation ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": HEADER_FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "kdf": {**self.kdf.as_dict(), "salt": _b64(self.salt)},
            "passphrase_wrap": self.passphrase_wrap.as_dict(),
            "recovery_wrap": self.recovery_wrap.as_dict(),
            "key_check": self.key_check,
            "cipher": "AES-256-GCM",
            "note": "SecondOp vault key header. Holds no patient data; keep it beside vault.db.",
        }
        if not self.legacy_confirmed:
            doc["recovery_confirmed"] = self.confirm_tag or False
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=2) + "\n").encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != HEADER_FORMAT:
                raise _header_damaged()
            # Older headers have no checksum and still open; a present one must match.
            if "checksum" in doc:
                stored = doc.pop("checksum")
                if not isinstance(stored, str) or not hmac.compare_digest(stored, _checksum(doc)):
                    raise _header_damaged()
            version = int(doc["version"])
            if version > HEADER_VERSION:
                raise VaultDamaged(
                    translate(
                        "keys",
                        "This vault was written by a newer version of SecondOp; update the app.",
                    )
                )
            kdf_doc = doc["kdf"]
            if kdf_doc.get("name") != "argon2id":
                raise _header_damaged()
            numbers = [kdf_doc["memory_kib"], kdf_doc["iterations"], kdf_doc["lanes"]]
            if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
                raise _header_damaged()
            kdf = KdfParams(memory_kib=numbers[0], iterations=numbers[1], lanes=numbers[2])
            if kdf.out_of_range() is not None:
                raise _header_damaged()
            confirmed = doc.get("recovery_confirmed", None)
            if "recovery_confirmed" in doc and not (
                confirmed is False or isinstance(confirmed, str)
            ):
                raise _header_damaged()
            header = cls(
                vault_id=str(doc["vault_id"]),
                kdf=kdf,
                salt=_unb64(kdf_doc["salt"]),
                passphrase_wrap=Wrapped(
                    _unb64(doc["passphrase_wrap"]["nonce"]),
                    _unb64(doc["passphrase_wrap"]["ciphertext"]),
                ),
                recovery_wrap=Wrapped(
                    _unb64(doc["recovery_wrap"]["nonce"]),
                    _unb64(doc["recovery_wrap"]["ciphertext"]),
                ),
                key_check=str(doc["key_check"]),
                version=version,
                confirm_tag=confirmed if isinstance(confirmed, str) else None,
                legacy_confirmed="recovery_confirmed" not in doc,
            )
            header._check_lengths()
            return header
        except VaultDamaged:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise _header_damaged() from None
