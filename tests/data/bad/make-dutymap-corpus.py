#!/usr/bin/env python3
"""Writes the hostile .dutymap files of tests/data/bad/dutymap/.

Every file starts from one real saved agreement (by default the fuzz seed
tests/fuzz/corpus/agreementfile/helpdesk-overflow-3-duties.dutymap, a
3-duty agreement saved by dutymap-cli, its colours written "#rrggbb", and
vacuumed to 512-byte pages to keep the files small) and is then damaged the
way a careless or hostile sender could. tests/storage/test_badfiles.cpp
names the error each must give.
Rerun after changing the format:  tests/data/bad/make-dutymap-corpus.py
"""
import os
import shutil
import sqlite3
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
BASE = os.path.join(ROOT, "tests", "fuzz", "corpus", "agreementfile",
                    "helpdesk-overflow-3-duties.dutymap")
OUT = os.path.join(HERE, "dutymap")


def base_bytes():
    with open(BASE, "rb") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def flipped(data, offset, mask):
    b = bytearray(data)
    b[offset] ^= mask
    return bytes(b)


def tampered(name, *statements, base=None):
    """A copy of the base changed with plain SQL, as another tool would."""
    path = os.path.join(OUT, name)
    shutil.copy(base or BASE, path)
    db = sqlite3.connect(path, isolation_level=None)
    # The sender's own function, which a schema may call on every read.
    db.create_function("evil_hook", 1, lambda value: value, deterministic=True)
    for sql in statements:
        db.execute(sql)
    db.close()
    return path


def sqlite_header_field(data, offset, value):
    b = bytearray(data)
    b[offset:offset + 4] = struct.pack(">I", value)
    return bytes(b)


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    whole = base_bytes()
    page = struct.unpack(">H", whole[16:18])[0]
    assert page == 512 and len(whole) % page == 0

    # Not SQLite at all.
    write("zero-bytes.dutymap", b"")
    write("not-sqlite.dutymap", b"Duty,Internal IT,MSP\nPassword resets,A,R\n")
    write("png-image.dutymap", b"\x89PNG\r\n\x1a\n" + bytes(200))

    # Truncated copies: inside the header, after the first page, off a page
    # boundary, in the middle, one byte short.
    for cut in (50, page, 1000, len(whole) // 2 // page * page, len(whole) - 1):
        write("truncated-at-%d.dutymap" % cut, whole[:cut])

    # Bit flips in the header: page size, application id, format number, the
    # page count, and a byte SQLite insists on (max payload fraction, 64).
    write("header-flip-page-size.dutymap", flipped(whole, 16, 0x01))
    write("header-flip-application-id.dutymap", flipped(whole, 68, 0x20))
    write("header-flip-page-count.dutymap", flipped(whole, 31, 0x01))
    write("header-flip-payload-fraction.dutymap", flipped(whole, 21, 0x10))
    # Bit flips in pages: the cell count of the schema on page 1, and the
    # header of a table b-tree page further in.
    write("page1-flip-cell-count.dutymap", flipped(whole, 104, 0x10))
    write("page-flip-btree-header.dutymap", flipped(whole, 3 * page, 0xff))

    # Another application's database, and versions Dutymap never wrote.
    other = os.path.join(OUT, "another-program.dutymap")
    db = sqlite3.connect(other)
    db.execute("PRAGMA page_size = 512")
    db.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO contacts VALUES (1, 'Ada')")
    db.commit()
    db.close()
    write("newer-format.dutymap", sqlite_header_field(whole, 60, 3))
    write("format-zero.dutymap", sqlite_header_field(whole, 60, 0))

    # Tables missing, extra, or not tables at all.
    tampered("missing-table-raci.dutymap", "DROP TABLE raci")
    tampered("extra-tables.dutymap",
             "CREATE TABLE zz_crm_sync (id INTEGER PRIMARY KEY, payload BLOB)",
             "INSERT INTO zz_crm_sync VALUES (1, x'00ff00ff')",
             "CREATE INDEX zz_crm_sync_payload ON zz_crm_sync(payload)")
    tampered("view-named-like-table.dutymap",
             "DROP TABLE signatory",
             "CREATE VIEW signatory AS SELECT 0 AS position, 'Mallory' AS name,"
             " 'CEO' AS title, NULL AS party_id")
    tampered("virtual-table-raci.dutymap",
             "DROP TABLE raci",
             "CREATE VIRTUAL TABLE raci USING fts5(duty_id, party_id, roles)")
    tampered("wrong-columns-area.dutymap",
             "DROP TABLE area",
             "CREATE TABLE area (id INTEGER PRIMARY KEY)")
    # Schema code that would run on a read: a trigger writing elsewhere
    # (never fires, loading only reads), and a generated column that calls
    # the sender's function (unknown to Dutymap, so the read fails).
    tampered("trigger-writes-elsewhere.dutymap",
             "CREATE TABLE audit (what TEXT)",
             "CREATE TRIGGER spy AFTER INSERT ON party BEGIN"
             " INSERT INTO audit VALUES ('insert'); DELETE FROM duty; END",
             "CREATE TRIGGER spy_update AFTER UPDATE ON meta BEGIN"
             " DELETE FROM raci; END")
    tampered("generated-column-runs-code.dutymap",
             "CREATE TABLE party_copy AS SELECT * FROM party",
             "DROP TABLE party",
             "CREATE TABLE party (id INTEGER PRIMARY KEY, position INTEGER, name TEXT"
             " GENERATED ALWAYS AS (evil_hook(code)) VIRTUAL,"
             " code TEXT, kind TEXT, color TEXT)",
             "INSERT INTO party (id, position, code, kind, color)"
             " SELECT id, position, code, kind, color FROM party_copy",
             "DROP TABLE party_copy")

    # Rows that do not hold together.
    tampered("raci-unknown-party.dutymap",
             "INSERT INTO raci SELECT id, 999, 'R' FROM duty LIMIT 1")
    tampered("raci-unknown-duty.dutymap",
             "INSERT INTO raci SELECT 998, id, 'R' FROM party LIMIT 1")
    tampered("duty-unknown-area.dutymap",
             "UPDATE duty SET area_id = 777 WHERE id = (SELECT min(id) FROM duty)")
    tampered("raci-text-not-raci.dutymap",
             "UPDATE raci SET roles = 'Owner/R' WHERE duty_id = (SELECT min(duty_id) FROM raci)")
    tampered("raci-role-twice.dutymap",
             "UPDATE raci SET roles = 'A/R/a' WHERE duty_id = (SELECT min(duty_id) FROM raci)")
    tampered("id-text-not-number.dutymap",
             "UPDATE duty SET area_id = 'seven' WHERE id = (SELECT min(id) FROM duty)")
    # Ids at the top of the int range leave no room for the next id.
    tampered("party-id-int-max.dutymap",
             "PRAGMA foreign_keys = OFF",
             "UPDATE raci SET party_id = 2147483647 WHERE party_id = (SELECT min(id) FROM party)",
             "UPDATE party SET id = 2147483647 WHERE id = (SELECT min(id) FROM party)",
             "UPDATE tool_access SET party_id = 2147483647"
             " WHERE party_id NOT IN (SELECT id FROM party)",
             "UPDATE tool SET owner_id = 2147483647 WHERE owner_id NOT IN (SELECT id FROM party)",
             "UPDATE escalation_rule SET first_responder_id = 2147483647"
             " WHERE first_responder_id NOT IN (SELECT id FROM party)",
             "UPDATE escalation_rule SET escalate_to_id = 2147483647"
             " WHERE escalate_to_id NOT IN (SELECT id FROM party)",
             "UPDATE escalation_rule SET after_hours_handler_id = 2147483647"
             " WHERE after_hours_handler_id NOT IN (SELECT id FROM party)")
    tampered("next-id-int-max.dutymap",
             "UPDATE meta SET value = 2147483647 WHERE key = 'next_id'")

    for name in sorted(os.listdir(OUT)):
        print("%7d  %s" % (os.path.getsize(os.path.join(OUT, name)), name))


if __name__ == "__main__":
    sys.exit(main())
