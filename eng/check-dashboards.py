#!/usr/bin/python3
"""The alert rules and the Grafana dashboard against a real Prometheus scraping the sample.

Starts samples/BalanceAlerts (built) on a free loopback port with the testing kit's sandbox, whose balance falls, and
Debian's prometheus on another, scraping it every second with deploy/prometheus/toapis-balance.rules.yml loaded. After
about a minute it evaluates, through Prometheus's HTTP API, every PromQL expression of the rules and of
deploy/grafana/toapis-balance.json, read from those files:

- every metric a selector names exists, and every selector has data (but those of failures and retries, which a
  healthy run has none of);
- Prometheus loaded every rule and evaluates it without error; on the falling balance the low-balance warning and the
  exhaustion forecast are pending or firing, and the rules that watch for trouble (target down, no data, exhausted,
  failing polls, stale, a spike: the fall is steady; unknown: the sandbox reports every figure) are quiet;
- every dashboard panel returns data, but those of retries and failures;
- per client and scope, the latency median that histogram_quantile estimates from the buckets agrees with the mean
  (_sum / _count) within 2x, both as the dashboard's latency panel computes them.

Both processes are stopped in every case. Exit 0 when every check passed, 1 otherwise. Run by .ci/run, counted as one
test case; alone: /usr/bin/python3 eng/check-dashboards.py [--seconds 60] (after dotnet build samples/BalanceAlerts).
Needs the prometheus and python3-yaml Debian packages.
"""

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "deploy", "prometheus", "toapis-balance.rules.yml")
DASHBOARD = os.path.join(ROOT, "deploy", "grafana", "toapis-balance.json")
JOB = "toapis-balance"

# Metrics whose series are born with an event a healthy run does not have.
EVENT_METRICS = {"toapis_balance_client_retries_total"}
# Panels that show only failures and retries: empty on a healthy run, but they must evaluate.
EVENT_PANELS = {"Retries", "Failed calls by kind", "Failed polls by kind"}
# On the falling sandbox after a minute (2,400 credits falling by 800 a minute): below 2,000, exhausted in about 2 min.
EXPECTED_ACTIVE = {"ToApisBalanceLowWarning", "ToApisBalanceExhaustionForecast"}
EXPECTED_QUIET = {"ToApisBalanceTargetDown", "ToApisBalanceNoData", "ToApisBalanceExhausted", "ToApisBalancePollsFailing",
                  "ToApisBalanceStale", "ToApisBalanceLowCritical", "ToApisBalanceSpendSpike", "ToApisBalanceUnknown"}
KEYWORDS = {"and", "or", "unless", "offset", "bool", "inf", "nan"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


def wait_for(url, what, seconds, process):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode} before it answered")
        try:
            get(url, timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{what} did not answer {url} within {seconds} s")


def start(command, log, env=None):
    # A session of its own, so that stopping it stops what it started (dotnet run starts the app as a child).
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True, cwd=ROOT)


def stop(process):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def selectors(expr):
    """The vector selectors of an expression: (metric name, label matchers), grouping clauses left out."""
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    found = []
    for match in re.finditer(r"(?<![\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\{[^}]*\})?(\s*\()?", expr):
        name, labels, call = match.groups()
        if call or name in KEYWORDS:
            continue
        found.append((name, labels or ""))
    return found


class Checks:
    def __init__(self, prometheus):
        self.prometheus = prometheus
        self.passed = 0
        self.failed = []

    def query(self, expr):
        url = f"{self.prometheus}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        try:
            answer = json.loads(get(url))
        except urllib.error.HTTPError as error:
            answer = json.loads(error.read().decode() or "{}")
        if answer.get("status") != "success":
            raise ValueError(f"{answer.get('errorType')}: {answer.get('error')}")
        return answer["data"]["result"]

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"FAILED: {what}")

    def evaluates(self, expr, what, expect_data):
        try:
            result = self.query(expr)
        except ValueError as error:
            self.check(False, f"{what}: {expr} does not evaluate ({error})")
            return None
        if expect_data:
            self.check(len(result) > 0, f"{what}: {expr} returned no data")
        else:
            self.passed += 1
        return result

    def selectors_of(self, expr, what):
        for name, labels in selectors(expr):
            if name in EVENT_METRICS:
                continue
            exists = self.query(f'count({{__name__="{name}"}})')
            self.check(len(exists) > 0, f"{what}: metric {name} is not exported")
            if 'error_type!=""' not in labels:
                self.evaluates(f"count({name}{labels})", f"{what}: selector", expect_data=True)


def substitute(expr, window):
    return expr.replace("$client", ".*").replace("${client}", ".*").replace("$window", window).replace("${window}", window)


def run(checks, dashboard, rules):
    window = next(v for v in dashboard["templating"]["list"] if v["name"] == "window")["current"]["value"]

    # The rules: loaded by Prometheus, evaluated without error, selectors with data, the expected ones active.
    loaded = json.loads(get(f"{checks.prometheus}/api/v1/rules"))["data"]["groups"]
    loaded_rules = {r["name"]: r for g in loaded for r in g["rules"]}
    for rule in rules:
        name = rule["alert"]
        checks.check(name in loaded_rules, f"rule {name}: not loaded by Prometheus")
        if name in loaded_rules:
            checks.check(loaded_rules[name]["health"] == "ok", f"rule {name}: health {loaded_rules[name]['health']} {loaded_rules[name].get('lastError', '')}")
        checks.selectors_of(rule["expr"], f"rule {name}")
        result = checks.evaluates(rule["expr"], f"rule {name}", expect_data=name in EXPECTED_ACTIVE)
        if name in EXPECTED_QUIET and result is not None:
            checks.check(result == [], f"rule {name}: active on a healthy run: {result}")
    active = {a["labels"]["alertname"]: a["state"] for a in json.loads(get(f"{checks.prometheus}/api/v1/alerts"))["data"]["alerts"]}
    print(f"alerts in Prometheus: {active}")
    for name in EXPECTED_ACTIVE:
        checks.check(name in active, f"rule {name}: neither pending nor firing in Prometheus")

    # The dashboard: its variable's query and every panel's targets.
    client = next(v for v in dashboard["templating"]["list"] if v["name"] == "client")
    values = re.fullmatch(r"label_values\((\w+), (\w+)\)", client["query"]["query"])
    names = checks.query(f'count by ({values.group(2)}) ({values.group(1)})')
    checks.check(len(names) > 0, f"variable client: {client['query']['query']} has no values")
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            expr = substitute(target["expr"], window)
            what = f"panel {panel['title']!r}"
            checks.selectors_of(expr, what)
            checks.evaluates(expr, what, expect_data=panel["title"] not in EVENT_PANELS)

    # The latency: median estimate against the mean, per client and scope, as the dashboard's panel has them.
    latency = next(p for p in dashboard["panels"] if p["title"] == "Call latency")
    by_legend = {t["legendFormat"].split(" ")[0]: substitute(t["expr"], window) for t in latency["targets"]}
    key = lambda s: (s["metric"].get("toapis_client_name"), s["metric"].get("toapis_balance_scope"))
    medians = {key(s): float(s["value"][1]) for s in checks.query(by_legend["p50"])}
    means = {key(s): float(s["value"][1]) for s in checks.query(by_legend["mean"])}
    checks.check(len(medians) > 0 and medians.keys() == means.keys(), f"latency: medians {medians} and means {means} do not cover the same series")
    for series, median in sorted(medians.items()):
        mean = means.get(series)
        if mean is None:
            continue
        ratio = max(median, mean) / min(median, mean) if min(median, mean) > 0 else float("inf")
        print(f"latency {series[0]} {series[1]} over {window}: median estimate {median * 1000:.3f} ms, mean {mean * 1000:.3f} ms, ratio {ratio:.2f}")
        checks.check(ratio <= 2, f"latency {series}: median estimate {median} s and mean {mean} s differ by {ratio:.2f}x (more than 2x)")

    # For information, not checked: the same from the totals since the process started (no rate). A series' first
    # call (JIT and first use: tens of ms) is in them, where rate() leaves out the sample a series starts with.
    h = "toapis_balance_client_call_duration_seconds"
    by = "toapis_client_name, toapis_balance_scope"
    total_means = {key(s): float(s["value"][1]) for s in checks.query(f"sum by ({by}) ({h}_sum) / sum by ({by}) ({h}_count)")}
    for s in checks.query(f"histogram_quantile(0.5, sum by (le, {by}) ({h}_bucket))"):
        if key(s) in total_means:
            print(f"latency {key(s)[0]} {key(s)[1]} since the start: median estimate {float(s['value'][1]) * 1000:.3f} ms, mean {total_means[key(s)] * 1000:.3f} ms (not checked)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long Prometheus scrapes before the checks (at least 40)")
    args = parser.parse_args()
    if args.seconds < 40:
        parser.error("--seconds must be at least 40: the forecast forms after about 20 s")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    with open(DASHBOARD) as f:
        dashboard = json.load(f)
    with open(RULES) as f:
        rules = [r for g in yaml.safe_load(f)["groups"] for r in g["rules"]]

    app_port, prometheus_port = free_port(), free_port()
    app = prometheus = None
    with tempfile.TemporaryDirectory(prefix="toapis-dashboards-") as temp:
        app_log = open(os.path.join(temp, "app.log"), "w")
        prometheus_log = open(os.path.join(temp, "prometheus.log"), "w")
        try:
            env = {k: v for k, v in os.environ.items() if k != "TOAPIS_API_KEY"}
            app = start(["dotnet", "run", "--no-build", "--project", "samples/BalanceAlerts", "--",
                         "--urls", f"http://127.0.0.1:{app_port}", "--Sandbox:Enabled", "true"], app_log, env)
            wait_for(f"http://127.0.0.1:{app_port}/metrics", "the sample", 120, app)
            started = time.monotonic()

            config = os.path.join(temp, "prometheus.yml")
            with open(config, "w") as f:
                yaml.safe_dump({
                    "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                    "rule_files": [RULES],
                    "scrape_configs": [{"job_name": JOB, "static_configs": [{"targets": [f"127.0.0.1:{app_port}"]}]}],
                }, f)
            prometheus = start(["prometheus", f"--config.file={config}", f"--storage.tsdb.path={os.path.join(temp, 'data')}",
                                f"--web.listen-address=127.0.0.1:{prometheus_port}"], prometheus_log)
            base = f"http://127.0.0.1:{prometheus_port}"
            wait_for(f"{base}/-/ready", "prometheus", 60, prometheus)
            print(f"sample on :{app_port}, prometheus on :{prometheus_port}; scraping for {args.seconds} s")
            time.sleep(max(0, args.seconds - (time.monotonic() - started)))

            checks = Checks(base)
            run(checks, dashboard, rules)
        except Exception as error:  # noqa: BLE001 - any failure of the run is the check's failure, with the logs
            print(f"FAILED: {type(error).__name__}: {error}")
            for log in (app_log, prometheus_log):
                log.flush()
                with open(log.name) as f:
                    print(f"--- {os.path.basename(log.name)} (last lines)\n" + "".join(f.readlines()[-20:]))
            return 1
        finally:
            stop(prometheus)
            stop(app)
            app_log.close()
            prometheus_log.close()

    print(f"dashboard check: {checks.passed} checks passed, {len(checks.failed)} failed")
    return 0 if not checks.failed else 1


if __name__ == "__main__":
    sys.exit(main())
