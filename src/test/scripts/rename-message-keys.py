#!/usr/bin/env python3
"""Renames message bundle keys so their first segment is the feature package that uses them.

Run from the project directory (or give it as the first argument):

    python3 src/test/scripts/rename-message-keys.py [project-dir]

It rewrites the keys in src/main/resources/vaadin-i18n/translations*.properties, and every quoted
string in src/main and src/test (.java, .json) and every {@code ...} in Javadoc that is exactly a key
of the Danish bundle, or (quoted strings only) exactly a dynamic prefix the code concatenates
("rounds.state." + state.name()): a quoted string ending in "." of which some Danish key is an
extension. Other strings that merely look like keys (ids, CSS
classes, routes, form field keys, local variables such as nominations.start(...)) are left alone.

Idempotent: a renamed key matches no entry of RENAMES below, so running it again changes nothing.
Meant to be re-run on main after other branches that still use the old keys have been merged.
"""
import pathlib
import re
import sys

# old -> new, by whole segments: an entry matches the key itself or any key that continues with ".".
# The longest matching entry wins, so exact keys can be sent elsewhere than their family.
RENAMES = [
    # base: layout, navigation, error pages, home
    ("app", "base.app"),
    ("nav", "base.nav"),
    ("layout", "base.layout"),
    ("home", "base.home"),
    ("error", "base.error"),
    ("denied", "base.denied"),
    ("noaccess", "base.noaccess"),
    # security
    ("role", "security.role"),
    ("devlogin", "security.devlogin"),
    # organisation
    ("organisations", "organisation"),
    ("organisationType", "organisation.type"),
    # forms
    ("form", "forms"),
    ("upload", "forms.upload"),
    ("designer", "forms.designer"),
    # nomination
    ("nominations", "nomination.list"),
    ("inbox", "nomination.inbox"),
    ("party", "nomination.party"),
    ("acknowledgement", "nomination.acknowledgement"),
    # built by nomination.AssessmentMaterialService (the assessment material, made in nomination)
    ("material", "nomination.material"),
    # round (some of its refusals were still named after nomination)
    ("rounds", "round"),
    ("nomination.error.noSuchRound", "round.error.noSuchRound"),
    ("nomination.error.roundCode", "round.error.code"),
    ("nomination.error.roundCodeTaken", "round.error.codeTaken"),
    ("nomination.error.roundName", "round.error.name"),
    ("nomination.error.roundWindow", "round.error.window"),
    ("nomination.error.roundThreshold", "round.error.threshold"),
    # notification: the mails are written by notification.MailWriter
    ("outbox", "notification.outbox"),
    ("nomination.receiptMail", "notification.mail.receipt"),
    ("nomination.coauthorMail", "notification.mail.coauthor"),
    ("assessment.reminder.subject", "notification.mail.reminder.subject"),
    ("assessment.reminder.body", "notification.mail.reminder.body"),
    ("assessment.outcomeMail", "notification.mail.outcome"),
    ("inbox.mail", "notification.mail.item"),
    ("inbox.coordinationMail", "notification.mail.coordination"),
    ("inbox.mergeMail", "notification.mail.merge"),
    ("acknowledgement.mail", "notification.mail.acknowledgement"),
    # patientgroup
    ("patientgroups", "patientgroup"),
]

BUNDLES = "src/main/resources/vaadin-i18n"
DANISH = BUNDLES + "/translations_da.properties"
SOURCE_ROOTS = ["src/main", "src/test"]
SOURCE_SUFFIXES = {".java", ".json"}
QUOTED = re.compile(r'"([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.?)"')
# Javadoc that names a key: {@code form.error.fileEmpty}
CODE_TAG = re.compile(r"(\{@code )([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+)(\})")
PROPERTY = re.compile(r"^(\s*)([^#!\s=:][^\s=:]*)(\s*[=:].*)$")

ENTRIES = sorted(RENAMES, key=lambda entry: len(entry[0]), reverse=True)


def renamed(key):
    for old, new in ENTRIES:
        if key == old or key.startswith(old + "."):
            return new + key[len(old):]
    return key


def bundle_keys(path):
    keys = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PROPERTY.match(line)
        if match:
            keys.append(match.group(2))
    return keys


def main(root):
    root = pathlib.Path(root)
    danish = bundle_keys(root / DANISH)
    changes = {key: renamed(key) for key in danish if renamed(key) != key}
    clashes = sorted(set(changes.values()) & (set(danish) - set(changes)))
    if clashes:
        sys.exit("renamed keys would clash with existing keys: " + ", ".join(clashes))
    if len(set(changes.values())) != len(changes):
        sys.exit("two keys would get the same new name")

    files_changed = 0
    for bundle in sorted((root / BUNDLES).glob("translations*.properties")):
        lines = bundle.read_text(encoding="utf-8").split("\n")
        out = []
        for line in lines:
            match = PROPERTY.match(line)
            if match and match.group(2) in changes:
                line = match.group(1) + changes[match.group(2)] + match.group(3)
            out.append(line)
        if out != lines:
            bundle.write_text("\n".join(out), encoding="utf-8")
            files_changed += 1

    def replace(match):
        text = match.group(1)
        if text in changes:
            return '"' + changes[text] + '"'
        if text.endswith(".") and any(key.startswith(text) for key in danish):
            new = renamed(text[:-1]) + "."
            if new != text:
                return '"' + new + '"'
        return match.group(0)

    this_script = pathlib.Path(__file__).resolve()
    for source_root in SOURCE_ROOTS:
        for path in sorted((root / source_root).rglob("*")):
            if not path.is_file() or path.suffix not in SOURCE_SUFFIXES or path.resolve() == this_script:
                continue
            text = path.read_text(encoding="utf-8")
            new_text = QUOTED.sub(replace, text)
            new_text = CODE_TAG.sub(lambda m: m.group(1) + changes.get(m.group(2), m.group(2)) + m.group(3), new_text)
            if new_text != text:
                path.write_text(new_text, encoding="utf-8")
                files_changed += 1

    print(f"{len(danish)} keys, {len(changes)} renamed, {files_changed} files changed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
