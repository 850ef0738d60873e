#!/usr/bin/env python3
"""Adds or lists interface strings in the four resource files (kk, ru, ky, en).

Keys are the English text. Several people may add strings at once: writes hold a lock.

  scripts/i18n.py add "English key" "қазақша" "русский" "кыргызча" ["English value"]
  scripts/i18n.py add-json file.json      # {"key": {"kk": "...", "ru": "...", "ky": "...", "en": "..."}, ...}
  scripts/i18n.py missing                 # keys present in some files but not all
  scripts/i18n.py normalize               # after a merge: sort, drop duplicate entries, list conflicting ones
"""
import fcntl, json, os, sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Adisteme.Web", "Resources")
LANGS = ["kk", "ru", "ky", "en"]
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def path(lang): return os.path.join(ROOT, f"SharedResource.{lang}.resx")

def load(lang):
    p = path(lang)
    if not os.path.exists(p): return {}
    tree = ET.parse(p)
    return {d.get("name"): (d.findtext("value") or "") for d in tree.getroot().findall("data")}

def save(lang, entries):
    with open(path(lang), "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k in sorted(entries, key=lambda s: s.lower()):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
        f.write("</root>\n")

def add_many(items):
    os.makedirs(ROOT, exist_ok=True)
    with open(os.path.join(ROOT, ".i18n.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for lang in LANGS:
            entries = load(lang)
            for key, values in items.items():
                value = values.get(lang) or (key if lang == "en" else None)
                if not value: sys.exit(f"missing {lang} text for {key!r}")
                entries[key] = value
            save(lang, entries)

def main():
    if len(sys.argv) < 2: sys.exit(__doc__)
    cmd = sys.argv[1]
    if cmd == "add":
        key, kk, ru, ky = sys.argv[2:6]
        en = sys.argv[6] if len(sys.argv) > 6 else key
        add_many({key: {"kk": kk, "ru": ru, "ky": ky, "en": en}})
    elif cmd == "add-json":
        with open(sys.argv[2], encoding="utf-8") as f: add_many(json.load(f))
    elif cmd == "normalize":
        # A union merge keeps both sides' lines; the same key may then appear twice.
        for lang in LANGS:
            seen = {}
            for d in ET.parse(path(lang)).getroot().findall("data"):
                name, value = d.get("name"), d.findtext("value") or ""
                if name in seen and seen[name] != value:
                    print(f"{lang}: conflicting values for {name!r}: {seen[name]!r} / {value!r} (kept the second)")
                seen[name] = value
            save(lang, seen)
    elif cmd == "missing":
        all_keys = {lang: set(load(lang)) for lang in LANGS}
        union = set().union(*all_keys.values())
        for lang in LANGS:
            for k in sorted(union - all_keys[lang]): print(f"{lang}: {k}")
    else:
        sys.exit(__doc__)

if __name__ == "__main__":
    main()
