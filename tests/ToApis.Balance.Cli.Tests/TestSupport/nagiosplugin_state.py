"""The state a monitoring-plugins consumer derives from a plugin's first line.

Reads cases from standard input, one per line: "<id><TAB><the plugin's first line>". For each, parses the
performance data after the bar as the Monitoring Plugins Development Guidelines define it and evaluates every
item's value against its warn and crit ranges with nagiosplugin's own classes (Range, Metric, ScalarContext,
Performance, state.worst), then prints "<id><TAB><exit code of the worst state>" or "<id><TAB>ERROR <why>".
"""
import re
import sys

import nagiosplugin
from nagiosplugin.performance import quote

# 'label'=value[UOM];[warn];[crit];[min];[max]; a quoted label may hold spaces and '' for a quote.
ITEM = re.compile(r"""('(?:[^']|'')+'|[^'= ]+)=(\S+)""")
VALUE = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)(s|ms|us|%|B|KB|MB|TB|c)?$")
NO_THRESHOLD = nagiosplugin.Range("~:")  # an empty field: no threshold (nagiosplugin's Range('') would mean 0:)


def number(text):
    # As nagiosplugin.Range parses the ends of a range.
    return float(text) if "." in text else int(text)


def state_of(line):
    if line.count("|") != 1:
        raise ValueError("expected one '|' before the performance data: %r" % line)
    perfdata = line.split("|", 1)[1].strip()
    items = ITEM.findall(perfdata)
    if not items or " ".join("%s=%s" % item for item in items) != perfdata:
        raise ValueError("not a list of label=value items: %r" % perfdata)
    states = []
    for raw_label, fields in items:
        label = raw_label[1:-1].replace("''", "'") if raw_label.startswith("'") else raw_label
        if quote(label) != raw_label:
            raise ValueError("label %r is quoted otherwise than nagiosplugin quotes it (%s)" % (raw_label, quote(label)))
        parts = fields.split(";")
        if len(parts) > 5:
            raise ValueError("more than five fields in %r" % fields)
        parts += [""] * (5 - len(parts))
        match = VALUE.match(parts[0])
        if not match:
            raise ValueError("not a value with a unit of measure: %r" % parts[0])
        value, uom = number(match.group(1)), match.group(2) or ""
        warn = nagiosplugin.Range(parts[1]) if parts[1] else NO_THRESHOLD
        crit = nagiosplugin.Range(parts[2]) if parts[2] else NO_THRESHOLD
        minimum = number(parts[3]) if parts[3] else None
        maximum = number(parts[4]) if parts[4] else None
        nagiosplugin.Performance(label, value, uom, warn, crit, minimum, maximum)  # rejects an illegal label
        metric = nagiosplugin.Metric(label, value, uom, minimum, maximum)
        states.append(nagiosplugin.ScalarContext(label, warn, crit).evaluate(metric, None).state)
    return nagiosplugin.state.worst(states).code


for case in sys.stdin:
    case = case.rstrip("\n")
    if not case:
        continue
    name, line = case.split("\t", 1)
    try:
        print("%s\t%d" % (name, state_of(line)))
    except Exception as error:  # every case reports, so one bad line does not hide the others
        print("%s\tERROR %s" % (name, error))
