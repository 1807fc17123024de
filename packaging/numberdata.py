#!/usr/bin/env python3
"""Generates skydial's phone-number data from libphonenumber's metadata.

What it writes (all committed; run it again to update them):

  src/protocol/nanp.rs          the +1 area codes outside the United States and
                                Canada, by country (Rust source)
  src/protocol/numbers.bin      how each country lays its numbers out
                                (international format), and which region a
                                shared country code's prefixes belong to
  src/geo/places.bin            where a number is: NANP area codes' places,
                                other countries' regions by prefix, country
                                names, time zones by prefix, and each time
                                zone's UTC offsets and daylight-saving rules
  tests/data/number_layouts.txt test vectors: numbers and libphonenumber's own
                                international layout of them
  tests/data/zone_times.txt     test vectors: instants in zones and Python's
                                zoneinfo's offset and abbreviation for them
  tests/data/nanp_areas.txt     test vectors: the US's and Canada's geographic
                                area codes, each of which must have a place

Sources (PyPI, versions pinned so that a run gives the same bytes):
  phonenumbers  the Python port of Google's libphonenumber: formatting
                metadata, geocoding (English) and time-zone prefixes
                (Apache License 2.0)
  tzdata        the IANA time zone database as TZif files (public domain)
  regex         partial matching, to turn libphonenumber's leading-digit
                regular expressions into plain prefix sets

Run:
  python3 -m venv /tmp/numberdata && /tmp/numberdata/bin/pip install \\
      phonenumbers==9.0.43 tzdata==2026.6 regex==2026.12.2
  /tmp/numberdata/bin/python packaging/numberdata.py

The binary files' layout is described where Rust reads them:
src/protocol/layout.rs (numbers.bin) and src/geo/data.rs (places.bin).
"""

import collections
import datetime
import os
import random
import struct
import sys
import zoneinfo

import phonenumbers
import regex
import tzdata
from phonenumbers import PhoneMetadata
from phonenumbers.geodata import GEOCODE_DATA
from phonenumbers.geodata.locale import LOCALE_DATA
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE
from phonenumbers.tzdata import TIMEZONE_DATA

PINNED = {"phonenumbers": "9.0.43", "tzdata": "2026.6", "regex": "2026.12.2"}

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# Regions on +1 whose numbers are priced as calls within the United States:
# the US itself, Canada (the rule: "outside the US and Canada") and
# the US territories (Puerto Rico, the US Virgin Islands, Guam, the Northern
# Mariana Islands, American Samoa). The territories are inside the US's
# domestic rate integration (FCC, 47 U.S.C. 254(g)): US carriers must charge
# the same for calls to them as for calls between the states, so they are
# not the one-ring scam's territory and warning about them would teach users
# to ignore the warning. Every other +1 country bills as international.
DOMESTIC_NANP = {"US", "CA", "PR", "VI", "GU", "MP", "AS"}

# How deep other countries' geocoding goes (digits, country code included).
# Six keeps the regions and the larger towns (UK 4-digit area codes such as
# 1223 Cambridge, Germany's 3-digit Vorwahlen such as 221 Köln) and leaves
# out the village level, which would triple the table.
PLACE_DEPTH = 6

# A NANP area code the data names only by its state is named by its main city
# when that city has at least this share of the area's exchanges (415: 121 of
# 160 are San Francisco), else by the state.
CITY_SHARE = 0.5

# Where the data lists several time zones for a prefix and cannot tell which
# holds most of its people, the zone to show first (the others are kept).
PRIMARY_ZONE = {
    "1605": "America/Chicago",  # South Dakota: the east (Sioux Falls) is Central
    "1701": "America/Chicago",  # North Dakota: mostly Central
    "1709": "America/St_Johns",  # Newfoundland and Labrador: the island
    "1775": "America/Los_Angeles",  # Nevada outside Las Vegas: Reno
    "1879": "America/St_Johns",  # Newfoundland and Labrador overlay
    "1907": "America/Anchorage",  # Alaska; Adak is the far Aleutians
    "1208": "America/Boise",  # Idaho: the south (Boise) is Mountain
    "1986": "America/Boise",  # Idaho overlay
    "686": "Pacific/Tarawa",  # Kiribati: the capital, most of the people
}

# Zones the data lists but that name no place.
NO_ZONE = {"Etc/Unknown"}

# The tz rules are kept exactly from this instant on; before it, the offset in
# force then (calls and history are never that old).
ZONE_EPOCH = int(datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc).timestamp())


def check_versions():
    found = {
        "phonenumbers": phonenumbers.__version__,
        "tzdata": getattr(tzdata, "__version__", ""),
        "regex": regex.__version__,
    }
    wrong = {k: v for k, v in found.items() if v != PINNED[k]}
    if wrong:
        sys.exit(f"numberdata: needs {PINNED}, found {found}")


# ---------------------------------------------------------------- helpers


class Strings:
    """A table of distinct strings, by index."""

    def __init__(self):
        self.index = {}
        self.items = []

    def add(self, s):
        if s not in self.index:
            self.index[s] = len(self.items)
            self.items.append(s)
        return self.index[s]

    def encode(self):
        data = b"".join(s.encode("utf-8") for s in self.items)
        offsets = [0]
        for s in self.items:
            offsets.append(offsets[-1] + len(s.encode("utf-8")))
        assert len(self.items) < 0xFFFF
        return (
            struct.pack("<I", len(self.items))
            + b"".join(struct.pack("<I", o) for o in offsets)
            + data
        )


def expand_prefixes(pattern, max_depth=12):
    """The shortest digit strings that a leading-digits pattern (matched at
    the start, as libphonenumber does) accepts whatever follows."""
    r = regex.compile(pattern)
    out = []
    frontier = [""]
    while frontier:
        nxt = []
        for s in frontier:
            for d in "0123456789":
                t = s + d
                m = r.match(t, partial=True)
                if m is None:
                    continue
                if not m.partial:
                    out.append(t)
                elif len(t) >= max_depth:
                    raise ValueError(f"pattern {pattern!r} deeper than {max_depth}")
                else:
                    nxt.append(t)
        frontier = nxt
    return out


def trie(prefixes):
    """A prefix set as a trie: node = u16 accept mask, u16 child mask, then
    each child (ascending digit) as u16 length + node."""
    prefixes = set(prefixes)

    def node(prefix):
        accept = 0
        children = []
        for d in range(10):
            p = prefix + str(d)
            if p in prefixes:
                accept |= 1 << d
            elif any(q.startswith(p) for q in prefixes):
                children.append((d, node(p)))
        out = struct.pack("<HH", accept, sum(1 << d for d, _ in children))
        for _, c in children:
            assert len(c) < 0xFFFF
            out += struct.pack("<H", len(c)) + c
        return out

    return node("")


def trie_match(prefixes, digits):
    return any(digits.startswith(p) for p in prefixes)


def region_name(region):
    names = LOCALE_DATA.get(region)
    if not names:
        return None
    name = names.get("en")
    while name and name.startswith("*"):
        name = names.get(name[1:])
    # The data writes "Turks And Caicos Islands" but "Trinidad and Tobago".
    return name.replace(" And ", " and ") if name else name


def metadata_for_cc(cc):
    regions = COUNTRY_CODE_TO_REGION_CODE[cc]
    if regions[0] == "001":
        return PhoneMetadata.metadata_for_nongeo_region(cc)
    return PhoneMetadata.metadata_for_region(regions[0])


# ------------------------------------------------------------ the NANP list


def nanp_regions():
    """Area code -> region for the +1 regions with leading digits."""
    areas = {}
    for region in COUNTRY_CODE_TO_REGION_CODE[1]:
        md = PhoneMetadata.metadata_for_region(region)
        if not md.leading_digits:
            continue
        for p in expand_prefixes(md.leading_digits):
            if len(p) != 3:
                # DO's "8001": 800-1xx is no valid NANP number (exchanges
                # start with 2-9), so there is nothing to classify.
                assert region == "DO" and p.startswith("8001"), (region, p)
                continue
            assert p not in areas, p
            areas[p] = region
    return areas


def canada_areas():
    return geographic_areas("CA")


def geographic_areas(region):
    """The area codes of a region's fixed-line and mobile numbers."""
    md = PhoneMetadata.metadata_for_region(region)
    found = set()
    for desc in (md.fixed_line, md.mobile):
        r = regex.compile(desc.national_number_pattern)
        for a in range(200, 1000):
            m = r.fullmatch(f"{a}", partial=True)
            if m is not None:
                found.add(f"{a}")
    return found


def nanp_area_codes():
    """Every area code in use on +1, of any kind (geographic, toll-free,
    premium, personal), from each +1 region's pattern of valid numbers."""
    found = set()
    for region in COUNTRY_CODE_TO_REGION_CODE[1]:
        md = PhoneMetadata.metadata_for_region(region)
        for desc in (md.fixed_line, md.mobile, md.toll_free, md.premium_rate,
                     md.personal_number, md.voip, md.uan, md.shared_cost, md.pager):
            if desc is None or not desc.national_number_pattern:
                continue
            r = regex.compile(desc.national_number_pattern)
            for a in range(200, 1000):
                if r.fullmatch(f"{a}", partial=True) is not None:
                    found.add(f"{a}")
    return found


def write_nanp_rs(areas, canada):
    foreign = sorted((a, r) for a, r in areas.items() if r not in DOMESTIC_NANP)
    territories = sorted((a, r) for a, r in areas.items() if r in DOMESTIC_NANP)
    lines = [
        "//! +1 area codes by country, generated by `packaging/numberdata.py` from",
        f"//! libphonenumber's metadata (the `phonenumbers` package {PINNED['phonenumbers']},",
        "//! Apache License 2.0; see `src/protocol/NOTICE`). Do not edit: run the",
        "//! script again.",
        "",
        "/// Area codes of the +1 countries outside the United States and Canada,",
        "/// with the country (ISO 3166 code, English name): calls to them bill",
        "/// as international.",
        "pub const BILLED_AS_INTERNATIONAL: &[(u16, &str, &str)] = &[",
    ]
    for a, r in foreign:
        lines.append(f"    ({a}, \"{r}\", \"{region_name(r)}\"),")
    lines += [
        "];",
        "",
        "/// Area codes of the US territories: priced as calls within the US.",
        "pub const US_TERRITORIES: &[(u16, &str, &str)] = &[",
    ]
    for a, r in territories:
        lines.append(f"    ({a}, \"{r}\", \"{region_name(r)}\"),")
    lines += [
        "];",
        "",
        "/// Canada's geographic area codes.",
        "pub const CANADA: &[u16] = &[",
    ]

    def rows(codes):
        row = []
        for a in sorted(codes):
            row.append(a)
            if len(row) == 19:
                lines.append("    " + ", ".join(row) + ",")
                row = []
        if row:
            lines.append("    " + ", ".join(row) + ",")

    rows(canada)
    lines += [
        "];",
        "",
        "/// Every area code in use, of any kind (geographic, toll-free, premium).",
        "pub const IN_USE: &[u16] = &[",
    ]
    rows(nanp_area_codes())
    lines += ["];", ""]
    path = os.path.join(ROOT, "src/protocol/nanp.rs")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return foreign


# ------------------------------------------------------------- numbers.bin


def formats_for(cc):
    md = metadata_for_cc(cc)
    formats = md.intl_number_format if len(md.intl_number_format) > 0 else md.number_format
    out = []
    for f in formats:
        if f.format == "NA":
            continue
        groups = []
        for g in regex.findall(r"\(\\d(?:\{(\d+)(?:,(\d+))?\})?\)", f.pattern):
            lo = int(g[0]) if g[0] else 1
            hi = int(g[1]) if g[1] else lo
            groups.append((lo, hi))
        assert regex.fullmatch(r"(\(\\d(\{\d+(,\d+)?\})?\))+", f.pattern), f.pattern
        assert 0 < len(groups) < 10, f.pattern
        template = b""
        i = 0
        while i < len(f.format):
            c = f.format[i]
            if c == "\\":
                n = int(f.format[i + 1])
                assert 1 <= n <= len(groups)
                template += bytes([n])
                i += 2
            else:
                assert c in " -./()", (cc, f.format)
                template += c.encode()
                i += 1
        prefixes = expand_prefixes(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None
        out.append({"groups": groups, "template": template, "prefixes": prefixes})
    return out


def split_groups(groups, digits):
    n = len(digits)
    if n < sum(lo for lo, _ in groups) or n > sum(hi for _, hi in groups):
        return None
    parts = []
    at = 0
    for i, (lo, hi) in enumerate(groups):
        rest_min = sum(l for l, _ in groups[i + 1 :])
        take = min(hi, n - at - rest_min)
        assert take >= lo
        parts.append(digits[at : at + take])
        at += take
    return parts


def my_layout(cc, nsn, formats):
    """What src/protocol/layout.rs does, in Python, to check it against
    libphonenumber."""
    for f in formats:
        if f["prefixes"] is not None and not trie_match(f["prefixes"], nsn):
            continue
        parts = split_groups(f["groups"], nsn)
        if parts is None:
            continue
        out = ""
        for b in f["template"]:
            out += parts[b - 1] if b < 10 else chr(b)
        return f"+{cc} {out}"
    return f"+{cc} {nsn}"


def their_layout(cc, nsn):
    zeros = len(nsn) - len(nsn.lstrip("0"))
    n = phonenumbers.PhoneNumber(
        country_code=cc,
        national_number=int(nsn),
        italian_leading_zero=zeros > 0 or None,
        number_of_leading_zeros=zeros if zeros > 1 else None,
    )
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def sample_numbers(cc, formats, rng):
    """Example numbers from the metadata, and random ones for each format."""
    out = set()
    for region in COUNTRY_CODE_TO_REGION_CODE[cc]:
        md = (
            PhoneMetadata.metadata_for_nongeo_region(cc)
            if region == "001"
            else PhoneMetadata.metadata_for_region(region)
        )
        for desc in (md.fixed_line, md.mobile, md.toll_free, md.premium_rate, md.voip,
                     md.uan, md.personal_number, md.pager, md.shared_cost, md.voicemail):
            if desc is not None and desc.example_number:
                out.add(desc.example_number)
    for f in formats:
        lo = sum(a for a, _ in f["groups"])
        hi = sum(b for _, b in f["groups"])
        for _ in range(6):
            p = rng.choice(f["prefixes"]) if f["prefixes"] else ""
            n = rng.randint(max(lo, len(p)), max(hi, len(p)))
            digits = p + "".join(rng.choice("0123456789") for _ in range(n - len(p)))
            out.add(digits[: max(n, 1)])
    return sorted(d for d in out if 1 <= len(d) <= 15 - len(str(cc)) and d.strip("0"))


def build_numbers_bin(regions_index, rng):
    """numbers.bin: see src/protocol/layout.rs for the layout."""
    ccs = sorted(c for c in COUNTRY_CODE_TO_REGION_CODE if c != 1)
    records = []
    vectors = []
    checked = 0
    for cc in ccs:
        regions = COUNTRY_CODE_TO_REGION_CODE[cc]
        formats = formats_for(cc)
        rec = struct.pack("<B", regions_index[regions[0]])
        overrides = []
        for region in regions[1:]:
            md = PhoneMetadata.metadata_for_region(region)
            if md.leading_digits:
                overrides.append((region, expand_prefixes(md.leading_digits)))
        rec += struct.pack("<B", len(overrides))
        for region, prefixes in overrides:
            t = trie(prefixes)
            rec += struct.pack("<BH", regions_index[region], len(t)) + t
        rec += struct.pack("<B", len(formats))
        for f in formats:
            rec += struct.pack("<B", len(f["groups"]))
            for lo, hi in f["groups"]:
                rec += struct.pack("<BB", lo, hi)
            rec += struct.pack("<B", len(f["template"])) + f["template"]
            t = trie(f["prefixes"]) if f["prefixes"] is not None else b""
            rec += struct.pack("<H", len(t)) + t
        records.append((cc, rec))
        for nsn in sample_numbers(cc, formats, rng):
            mine, theirs = my_layout(cc, nsn, formats), their_layout(cc, nsn)
            assert mine == theirs, (cc, nsn, mine, theirs)
            checked += 1
            vectors.append((f"{cc}{nsn}", theirs))
    index = b""
    body = b""
    for cc, rec in records:
        index += struct.pack("<HI", cc, len(body))
        body += rec
    region_list = b"".join(r.encode() for r in regions_index if r != "001")
    blob = (
        b"SKN1"
        + struct.pack("<H", len(regions_index) - 1)
        + region_list
        + struct.pack("<H", len(records))
        + index
        + body
    )
    print(f"numbers.bin: {len(blob)} bytes, {len(records)} country codes, "
          f"{checked} layouts checked against libphonenumber")
    return blob, vectors


# -------------------------------------------------------------- places.bin


def tz_lookup(digits):
    for i in range(len(digits), 0, -1):
        z = TIMEZONE_DATA.get(digits[:i])
        if z is not None:
            return digits[:i], z
    return None, None


def area_state(a):
    """The state or province an area code lies in, where the data names only
    longer prefixes of it (libphonenumber splits some area codes: 718's
    entries are 5 to 7 digits, and none is 1718): the name without a city
    (`New York`, not `Brooklyn, NY`) that covers the most exchanges."""
    states = collections.Counter()
    for x in range(200, 1000):
        digits = f"1{a}{x}"
        for i in range(len(digits), 4, -1):
            name = GEOCODE_DATA.get(digits[:i], {}).get("en")
            if name is not None:
                if "," not in name:
                    states[name] += 1
                break
    return states.most_common(1)[0][0] if states else None


def nanp_area_names(areas_by_region):
    """Area code -> its place, for the US and Canada."""
    names = {}
    cities = collections.defaultdict(collections.Counter)
    for k, v in GEOCODE_DATA.items():
        if k.startswith("1") and len(k) == 7 and "en" in v:
            cities[k[1:4]][v["en"]] += 1
    for a in range(200, 1000):
        a = str(a)
        if a in areas_by_region:
            continue  # territories and other countries: the country's name
        area = GEOCODE_DATA.get("1" + a, {}).get("en") or area_state(a)
        if area is None:
            continue
        if "," not in area and cities[a]:
            city, count = cities[a].most_common(1)[0]
            if count >= CITY_SHARE * sum(cities[a].values()):
                area = city
        names[a] = area
    return names


def place_prefixes(region_names):
    """Other countries' regions, by prefix (country code included)."""
    en = {k: v["en"] for k, v in GEOCODE_DATA.items()
          if "en" in v and not k.startswith("1") and len(k) <= PLACE_DEPTH}
    kept = {}
    for k in sorted(en):
        ancestor = None
        for i in range(len(k) - 1, 0, -1):
            if k[:i] in kept:
                ancestor = kept[k[:i]]
                break
        if ancestor == en[k]:
            continue
        # The country's own name adds nothing to "Country (region)".
        if ancestor is None and en[k] in region_names:
            continue
        kept[k] = en[k]
    return kept


def primary_zone(prefix, zones):
    """Orders a prefix's zones: the one most of its numbers are in first."""
    zones = [z for z in zones if z not in NO_ZONE]
    if len(zones) <= 1:
        return zones
    for i in range(len(prefix), 0, -1):
        if prefix[:i] in PRIMARY_ZONE:
            first = PRIMARY_ZONE[prefix[:i]]
            if first in zones:
                return [first] + sorted(z for z in zones if z != first)
    # Weigh by the single-zone prefixes beside it: for a NANP prefix, the
    # area code's exchanges; elsewhere, the country code's prefixes, each by
    # the share of the numbers it covers.
    weight = collections.Counter()
    if prefix.startswith("1") and len(prefix) >= 4:
        for x in range(200, 1000):
            _, z = tz_lookup(f"{prefix[:4]}{x}")
            if z is not None and len(z) == 1:
                weight[z[0]] += 1
    else:
        cc = next(prefix[:i] for i in (1, 2, 3)
                  if int(prefix[:i]) in COUNTRY_CODE_TO_REGION_CODE)
        # Each prefix weighs the share of the numbering space it covers.
        for k, z in TIMEZONE_DATA.items():
            if k.startswith(cc) and len(z) == 1:
                weight[z[0]] += 10 ** (12 - len(k))
    ranked = sorted(zones, key=lambda z: (-weight[z], z))
    if weight[ranked[0]] == weight[ranked[1]]:
        # Nothing beside it tells: weigh by every single-zone prefix.
        weight = collections.Counter(z[0] for z in TIMEZONE_DATA.values() if len(z) == 1)
        ranked = sorted(zones, key=lambda z: (-weight[z], z))
    if weight[ranked[0]] == weight[ranked[1]]:
        sys.exit(f"numberdata: no primary zone for {prefix} {zones}: add it to PRIMARY_ZONE")
    return ranked


def zone_rules(name):
    """A zone's types, its transitions from ZONE_EPOCH until its footer rule
    takes over, and the footer (POSIX TZ) rule, from the tzdata TZif file."""
    with open(os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo", *name.split("/")), "rb") as f:
        data = f.read()
    assert data[:4] == b"TZif" and data[4] in b"23"
    # Skip the v1 block.
    cnt = struct.unpack(">6l", data[20:44])
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = cnt
    v1 = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
    d = data[v1:]
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = struct.unpack(">6l", d[20:44])
    at = 44
    times = list(struct.unpack(f">{timecnt}q", d[at : at + 8 * timecnt]))
    at += 8 * timecnt
    idx = list(d[at : at + timecnt])
    at += timecnt
    types = []
    for i in range(typecnt):
        utoff, isdst, abbrind = struct.unpack(">lBB", d[at + 6 * i : at + 6 * i + 6])
        types.append((utoff, isdst, abbrind))
    at += 6 * typecnt
    chars = d[at : at + charcnt]
    at += charcnt + leapcnt * 12 + isstdcnt + isutcnt
    assert leapcnt == 0
    footer = d[at:].strip(b"\n").decode()
    abbr = lambda i: chars[i : chars.index(b"\0", i)].decode()
    types = [(u, dst, abbr(a)) for u, dst, a in types]
    return times, idx, types, footer


def parse_posix(footer):
    """A POSIX TZ string, e.g. EST5EDT,M3.2.0,M11.1.0 -> (std, dst, start, end):
    std and dst as (offset east of UTC in seconds, isdst, abbreviation), the
    rules as (month, week, weekday, seconds after local midnight)."""
    s = footer

    def name(i):
        if s[i] == "<":
            j = s.index(">", i)
            return s[i + 1 : j], j + 1
        j = i
        while j < len(s) and s[j].isalpha():
            j += 1
        return s[i:j], j

    def hms(text, i):
        """[+|-]hh[:mm[:ss]] at text[i:], signed as written."""
        sign = 1
        if i < len(text) and text[i] in "+-":
            sign = -1 if text[i] == "-" else 1
            i += 1
        j = i
        while j < len(text) and (text[j].isdigit() or text[j] == ":"):
            j += 1
        parts = [int(p) for p in text[i:j].split(":")] + [0, 0]
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), j

    std_name, i = name(0)
    west, i = hms(s, i)
    std = (-west, 0, std_name)
    if i == len(s):
        return std, None, None, None
    dst_name, i = name(i)
    if s[i] != ",":
        west_dst, i = hms(s, i)
        dst = (-west_dst, 1, dst_name)
    else:
        dst = (std[0] + 3600, 1, dst_name)
    rules = s[i + 1 :].split(",")
    assert len(rules) == 2, footer
    parsed = []
    for r in rules:
        when, _, time = r.partition("/")
        assert when.startswith("M"), footer  # no zone uses the Julian forms
        month, week, weekday = (int(x) for x in when[1:].split("."))
        secs = hms(time, 0)[0] if time else 7200
        parsed.append((month, week, weekday, secs))
    return std, dst, parsed[0], parsed[1]


def days_from_civil(y, m, d):
    return (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days


def rule_day(year, month, week, weekday):
    """Day (since 1970) of the week-th weekday of month (week 5: the last)."""
    first = datetime.date(year, month, 1)
    shift = (weekday - (first.weekday() + 1) % 7) % 7
    day = 1 + shift + (week - 1) * 7
    last = (datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    while day > last:
        day -= 7
    return days_from_civil(year, month, day)


def footer_at(rule, t):
    """What the footer says at instant t: (utoff, isdst, abbr). The same
    arithmetic as src/geo/zone.rs."""
    std, dst, start, end = rule
    if dst is None:
        return std
    year = datetime.datetime.fromtimestamp(t + std[0], datetime.timezone.utc).year
    s, e = footer_switches(rule, year)
    if s < e:
        return dst if s <= t < e else std
    return std if e <= t < s else dst


def footer_switches(rule, year):
    """The instants the footer's daylight saving starts and ends in year."""
    std, dst, start, end = rule
    return [
        rule_day(year, *start[:3]) * 86400 + start[3] - std[0],
        rule_day(year, *end[:3]) * 86400 + end[3] - dst[0],
    ]


def zone_at(z, t):
    """What the encoded zone says at instant t (src/geo/zone.rs's logic)."""
    if t >= z["footer_from"]:
        return footer_at(z["footer"], t)
    if not z["times"] or t < z["times"][0]:
        return z["types"][z["initial"]]
    lo, hi = 0, len(z["times"])
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if z["times"][mid] <= t:
            lo = mid
        else:
            hi = mid
    return z["types"][z["idx"][lo]]


def encode_zone(name):
    times, idx, types, footer = zone_rules(name)
    rule = parse_posix(footer)
    # The footer alone is right from some transition on: find the earliest.
    footer_from = None
    for i in range(len(times)):
        if times[i] < ZONE_EPOCH:
            continue
        ok = True
        for j in range(i, len(times)):
            # The footer must switch where the file does: the same type at
            # each transition and, after the first, just before it.
            pairs = [(times[j], types[idx[j]])]
            if j > i:
                pairs.append((times[j] - 1, types[idx[j - 1]]))
            for t, want in pairs:
                got = footer_at(rule, t)
                if (got[0], got[2]) != (want[0], want[2]):
                    ok = False
            if not ok:
                break
        if ok and rule[1] is not None:
            # ... and nowhere else in between.
            theirs = set(times[i:])
            first = datetime.datetime.fromtimestamp(times[i], datetime.timezone.utc).year
            last = datetime.datetime.fromtimestamp(times[-1], datetime.timezone.utc).year
            for year in range(first - 1, last + 2):
                for t in footer_switches(rule, year):
                    if times[i] < t <= times[-1] and t not in theirs:
                        ok = False
        if ok:
            footer_from = times[i]
            break
    if footer_from is None:
        # No transition since ZONE_EPOCH, or the footer only holds after the
        # last one.
        footer_from = times[-1] if times and times[-1] >= ZONE_EPOCH else ZONE_EPOCH
        if times and times[-1] >= ZONE_EPOCH:
            footer_from = times[-1] + 1
    kept = [(t, i) for t, i in zip(times, idx) if ZONE_EPOCH <= t < footer_from]
    before = [i for t, i in zip(times, idx) if t < ZONE_EPOCH]
    initial = before[-1] if before else 0
    used = sorted({initial} | {i for _, i in kept})
    remap = {old: new for new, old in enumerate(used)}
    z = {
        "name": name,
        "types": [types[i] for i in used],
        "times": [t for t, _ in kept],
        "idx": [remap[i] for _, i in kept],
        "initial": remap[initial],
        "footer": rule,
        "footer_from": footer_from,
    }
    # Check it against zoneinfo (an independent reading of the same files).
    zi = zoneinfo.ZoneInfo(name)
    samples = list(range(ZONE_EPOCH, 2145916800, 86400 * 13 + 3607))
    for t in times:
        if t >= ZONE_EPOCH:
            samples += [t - 1, t, t + 1]
    for t in samples:
        dt = datetime.datetime.fromtimestamp(t, datetime.timezone.utc).astimezone(zi)
        want = (int(dt.utcoffset().total_seconds()), dt.tzname())
        got = zone_at(z, t)
        assert (got[0], got[2]) == want, (name, t, got, want)
    return z


def build_places_bin(region_codes, nanp_areas, rng):
    strings = Strings()
    strings.add("")
    # Regions: ISO code, English name.
    region_rows = []
    names = set()
    for r in region_codes:
        n = region_name(r) or ""
        names.add(n)
        region_rows.append(r.encode() + struct.pack("<H", strings.add(n)))
    # NANP areas.
    area_names = nanp_area_names(nanp_areas)
    nanp = b"".join(
        struct.pack("<H", strings.add(area_names[str(a)]) if str(a) in area_names else 0xFFFF)
        for a in range(200, 1000)
    )
    # Other countries' regions by prefix.
    prefixes = place_prefixes(names)
    # Time zones by prefix.
    zone_names = sorted({z for zs in TIMEZONE_DATA.values() for z in zs} - NO_ZONE)
    zone_index = {z: i for i, z in enumerate(zone_names)}
    zone_sets = []
    zone_set_index = {}
    tz_rows = {}
    for k, zs in TIMEZONE_DATA.items():
        if k == "1":
            continue  # all of North America: says nothing
        ordered = primary_zone(k, list(zs))
        if not ordered:
            continue
        key = tuple(zone_index[z] for z in ordered)
        if key not in zone_set_index:
            zone_set_index[key] = len(zone_sets)
            zone_sets.append(key)
        tz_rows[k] = zone_set_index[key]
    for cc, regions in COUNTRY_CODE_TO_REGION_CODE.items():
        if regions[0] != "001" and cc != 1:
            assert any(k.startswith(str(cc)) for k in tz_rows), f"no time zone for +{cc}"
    # Drop prefixes that say what their parent says.
    pruned = {}
    for k in sorted(tz_rows):
        parent = next((pruned[k[:i]] for i in range(len(k) - 1, 0, -1) if k[:i] in pruned), None)
        if parent != tz_rows[k]:
            pruned[k] = tz_rows[k]
    tz_rows = pruned

    def prefix_table(rows, payload):
        out = b""
        for length in range(1, 10):
            keys = sorted((int(k), payload(v)) for k, v in rows.items() if len(k) == length)
            out += struct.pack("<I", len(keys))
            out += b"".join(struct.pack("<IH", k, p) for k, p in keys)
        return out

    places = prefix_table(prefixes, strings.add)
    tzs = prefix_table(tz_rows, lambda v: v)
    sets = struct.pack("<H", len(zone_sets))
    set_offsets = []
    set_body = b""
    for s in zone_sets:
        set_offsets.append(len(set_body))
        set_body += struct.pack("<B", len(s)) + b"".join(struct.pack("<H", z) for z in s)
    sets += b"".join(struct.pack("<I", o) for o in set_offsets) + set_body
    # Zone rules.
    zones = []
    for name in zone_names:
        zones.append(encode_zone(name))
    zone_body = b""
    zone_offsets = []
    transitions = 0
    for z in zones:
        zone_offsets.append(len(zone_body))
        rec = struct.pack("<HB", strings.add(z["name"]), len(z["types"]))
        for utoff, isdst, abbr in z["types"]:
            rec += struct.pack("<iBH", utoff, isdst, strings.add(abbr))
        rec += struct.pack("<BH", z["initial"], len(z["times"]))
        assert all(0 <= t < 2**32 for t in z["times"]) and 0 <= z["footer_from"] < 2**32
        rec += b"".join(struct.pack("<I", t) for t in z["times"])
        rec += bytes(z["idx"])
        transitions += len(z["times"])
        std, dst, start, end = z["footer"]
        rec += struct.pack("<I", z["footer_from"])
        rec += struct.pack("<iH", std[0], strings.add(std[2]))
        if dst is None:
            rec += struct.pack("<B", 0)
        else:
            rec += struct.pack("<BiH", 1, dst[0], strings.add(dst[2]))
            for month, week, weekday, secs in (start, end):
                rec += struct.pack("<BBBi", month, week, weekday, secs)
        zone_body += rec
    zone_section = (struct.pack("<H", len(zones))
                    + b"".join(struct.pack("<I", o) for o in zone_offsets) + zone_body)
    sections = [
        strings.encode(),
        struct.pack("<H", len(region_rows)) + b"".join(region_rows),
        nanp,
        places,
        tzs,
        sets,
        zone_section,
    ]
    header = b"SKG1" + struct.pack("<B", len(sections))
    at = len(header) + 4 * len(sections)
    offsets = []
    for s in sections:
        offsets.append(at)
        at += len(s)
    blob = header + b"".join(struct.pack("<I", o) for o in offsets) + b"".join(sections)
    print(f"places.bin: {len(blob)} bytes: {len(strings.items)} strings "
          f"({len(sections[0])} bytes), {len(prefixes)} place prefixes, "
          f"{len(area_names)} NANP area names, {len(tz_rows)} zone prefixes, "
          f"{len(zones)} zones with {transitions} transitions ({len(zone_section)} bytes)")
    # Test vectors for the zone arithmetic: instants around transitions and
    # through the years, with zoneinfo's answer.
    vectors = []
    picks = ["America/New_York", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
             "America/Jamaica", "Europe/London", "Europe/Paris", "Europe/Berlin",
             "Australia/Sydney", "America/Santiago", "Asia/Tehran", "Asia/Kolkata",
             "America/St_Johns", "Pacific/Chatham", "Africa/Casablanca", "America/Sao_Paulo",
             "Asia/Tokyo", "Pacific/Auckland", "America/Nuuk", "Asia/Gaza", "Europe/Moscow",
             "Antarctica/Troll", "America/Mexico_City", "Europe/Dublin"]
    picks = [p for p in picks if p in zone_index]
    for name in zone_names:
        zi = zoneinfo.ZoneInfo(name)
        z = next(z for z in zones if z["name"] == name)
        ts = [rng.randrange(ZONE_EPOCH, 2145916800) for _ in range(3)]
        if name in picks:
            for t in z["times"][-6:]:
                ts += [t - 1, t]
            for year in (2026, 2027, 2035):
                ts += [int(datetime.datetime(year, m, 15, tzinfo=datetime.timezone.utc).timestamp())
                       for m in (1, 3, 4, 7, 10, 11)]
        for t in ts:
            dt = datetime.datetime.fromtimestamp(t, datetime.timezone.utc).astimezone(zi)
            vectors.append((name, t, int(dt.utcoffset().total_seconds()), dt.tzname(),
                            dt.strftime("%H:%M")))
    return blob, vectors


def main():
    check_versions()
    # zoneinfo must read the pinned tzdata package, not the system's files.
    zoneinfo.reset_tzpath(to=[])
    rng = random.Random(18)
    areas = nanp_regions()
    canada = canada_areas()
    foreign = write_nanp_rs(areas, canada)
    print(f"nanp.rs: {len(foreign)} area codes billed as international")
    region_list = sorted({r for rs in COUNTRY_CODE_TO_REGION_CODE.values() for r in rs} - {"001"})
    regions_index = {r: i for i, r in enumerate(region_list)}
    regions_index["001"] = 0xFF  # non-geographic (+800, +882...): no country
    numbers, layout_vectors = build_numbers_bin(regions_index, rng)
    with open(os.path.join(ROOT, "src/protocol/numbers.bin"), "wb") as f:
        f.write(numbers)
    places, zone_vectors = build_places_bin(region_list, areas, rng)
    os.makedirs(os.path.join(ROOT, "src/geo"), exist_ok=True)
    with open(os.path.join(ROOT, "src/geo/places.bin"), "wb") as f:
        f.write(places)
    os.makedirs(os.path.join(ROOT, "tests/data"), exist_ok=True)
    with open(os.path.join(ROOT, "tests/data/number_layouts.txt"), "w") as f:
        f.write("# E.164 digits, then libphonenumber's international layout "
                f"(phonenumbers {PINNED['phonenumbers']}); by packaging/numberdata.py\n")
        for digits, shown in rng.sample(layout_vectors, min(1500, len(layout_vectors))):
            f.write(f"{digits}\t{shown}\n")
    with open(os.path.join(ROOT, "tests/data/zone_times.txt"), "w") as f:
        f.write("# zone, Unix time, UTC offset (s), abbreviation, local time, from "
                f"Python's zoneinfo on tzdata {PINNED['tzdata']}; by packaging/numberdata.py\n")
        for row in zone_vectors:
            f.write("\t".join(str(x) for x in row) + "\n")
    # Every geographic area code of the US and Canada has a place: the test
    # that reads this list fails on one the table leaves out.
    geographic = sorted((geographic_areas("US") | canada) - set(areas))
    with open(os.path.join(ROOT, "tests/data/nanp_areas.txt"), "w") as f:
        f.write("# The US's and Canada's geographic area codes (fixed-line or mobile) in "
                f"phonenumbers {PINNED['phonenumbers']}; by packaging/numberdata.py\n")
        for row in range(0, len(geographic), 20):
            f.write(" ".join(geographic[row : row + 20]) + "\n")
    print(f"nanp_areas.txt: {len(geographic)} geographic area codes")


if __name__ == "__main__":
    main()
