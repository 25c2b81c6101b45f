#!/usr/bin/env python3
"""Dutyboard load benchmark: starts the packaged jar on a fresh embedded PostgreSQL, seeds the data
set of issue "Speed" (seed.py through the API, bulk.sql for bulk rows), restarts it (start-up on
existing data), records the warm-up curve of the fresh process, runs W0-W5 with wrk and prints one
table with the pgbench floor of W2's own SQL from the same database. See docs/benchmarks.md "Load benchmark".
"""
import argparse, csv, glob, json, os, platform, re, shutil, signal, statistics, subprocess, sys, time
import urllib.request, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OPS = os.path.join(ROOT, "graphql-schema", "operations")
ADMIN = "load-benchmark-admin"
# CPU profiler for --profile, from Maven Central: it samples every thread (JIT, GC and native
# frames too) and, attached to a warm process, leaves its compiled code alone (docs/benchmarks.md).
ASYNC_PROFILER = "tools.profiler:async-profiler:4.1"


def args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--duration", type=int, default=10, help="measured seconds per workload (issue: 30)")
    p.add_argument("--warmup", type=int, default=5, help="warm-up seconds per workload (issue: 20)")
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--curve-seconds", type=int, default=60, help="warm-up curve length (0: skip)")
    p.add_argument("--single", type=int, default=50, help="sequential requests for single latency")
    p.add_argument("--starts", type=int, default=5,
                   help="restarts on the existing data before the workloads, timed to the first "
                        "answer: one start is noise on a shared machine (0: skip)")
    p.add_argument("--external-starts", action="store_true",
                   help="with --starts: also time each start against the same data served by a "
                        "PostgreSQL started beforehand (pg_ctl), interleaved with the embedded ones")
    p.add_argument("--pinned", action="store_true", help="also: one core, -Xmx256m, 20 req/s W1/W2 60 s")
    p.add_argument("--http-port", type=int, default=18800)
    p.add_argument("--db-port", type=int, default=18801)
    p.add_argument("--jar", default=os.path.join(ROOT, "backend/target/quarkus-app/quarkus-run.jar"))
    p.add_argument("--work", default=os.path.join(ROOT, "backend/target/load-benchmark"))
    p.add_argument("--java", default="java", help="the java launcher, e.g. a JDK 25 for its AOT cache")
    p.add_argument("--java-opts", default="", help="extra JVM options, e.g. -XX:TieredStopAtLevel=1")
    p.add_argument("--reuse-data", action="store_true",
                   help="keep the database seeded by an earlier run (faster iterations; the seeded "
                        "data set is the same, only its age differs)")
    p.add_argument("--result-cache", choices=["both", "on", "off", "unset"], default="both",
                   help="GraphQL result cache: both = a run with it, then one without, back to back;"
                        " unset = the jar's default (builds older than the cache)")
    p.add_argument("--only", default="", help="comma-separated workload prefixes to run, e.g. W1,W2")
    p.add_argument("--profile", metavar="DIR",
                   help="CPU-profile each workload's measured window with async-profiler: "
                        "DIR/<workload>-cache-<on|off>.html (flame graph) and .collapsed")
    p.add_argument("--plain-java", action="store_true",
                   help="the JVM's own defaults: without the project's JVM flags and AppCDS archive")
    return p.parse_args()


A = args()
URL = f"http://127.0.0.1:{A.http_port}/graphql"
DATA = os.path.join(A.work, "data")
PG_LOG = os.path.join(A.work, "pglog")
ENV_PG = dict(os.environ, PGPASSWORD="postgres")
# The project's JVM flags for a service on a shared host, as `./mvnw -Prun` uses them
# (docs/operators.md, "JVM flags"); --java-opts adds to them, later flags win.
DEFAULT_JVM = ["-XX:+UseSerialGC", "-Xmx128m", "-XX:CompileThresholdScaling=2",
               "-XX:TrimNativeHeapInterval=5000"]


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def psql(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(A.db_port), "-U", "postgres", "-d",
                          "postgres", "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql], env=ENV_PG,
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def post(body, token=ADMIN, timeout=30, uncached=False):
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token}
    if uncached:  # executes even when the result cache holds the answer
        headers["Cache-Control"] = "no-cache"
    req = urllib.request.Request(URL, body.encode(), headers)
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def class_archive(jar_dir):
    """The flags for the archive the package phase wrote for this JDK (backend/pom.xml).

    Required, not best effort: a JVM that silently ignores a stale archive (a copied package, a
    different JDK build) would be measured as if it had one."""
    version = subprocess.run([A.java, "-version"], capture_output=True, text=True).stderr
    major = int(re.search(r'version "(\d+)', version).group(1))
    if major >= 25 and os.path.exists(os.path.join(jar_dir, "app.aot")):
        return ["-XX:AOTCache=app.aot", "-XX:AOTMode=on"]
    if os.path.exists(os.path.join(jar_dir, "app-cds.jsa")):
        return ["-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:on"]
    return []


class Service:
    running = set()
    starts = 0

    def __init__(self, java_opts=(), prefix=()):
        # run from the jar's directory: its class archive records the class path relative to it
        jar_dir, jar = os.path.split(A.jar)
        project = [] if A.plain_java else DEFAULT_JVM + class_archive(jar_dir)
        Service.starts += 1
        # one GC log per start: the pauses inside each measured window go into the table
        self.gc_log = os.path.join(A.work, f"gc-{Service.starts}.log")
        cmd = [*prefix, A.java, *project, *java_opts, *A.java_opts.split(),
               f"-Xlog:gc:file={self.gc_log}:uptime",
               f"-Dquarkus.http.port={A.http_port}", f"-Ddutyboard.data-dir={DATA}",
               f"-Ddutyboard.embedded-db.port={A.db_port}",
               # background publishers off: only the workload's own SQL is counted
               "-Ddutyboard.status-site.interval=off", "-Ddutyboard.weekly-report.interval=off",
               "-Ddutyboard.maintenance.transition-interval=off", "-jar", jar]
        env = dict(os.environ, DUTYBOARD_BOOTSTRAP_ADMIN_TOKEN=ADMIN)
        self.started = time.monotonic()
        self.out = open(os.path.join(A.work, "service.log"), "a")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.out, stderr=subprocess.STDOUT,
                                     cwd=jar_dir, start_new_session=True)
        body = '{"query":"{ __typename }"}'
        while True:
            if self.proc.poll() is not None:
                sys.exit(f"service exited ({self.proc.returncode}), see {A.work}/service.log"
                         " (a class archive this JVM cannot use stops it: repackage, or --plain-java)")
            try:
                post(body, timeout=2)
                break
            except OSError:
                time.sleep(0.05)
        self.first_answer = time.monotonic() - self.started
        Service.running.add(self)

    def rss_mb(self):
        with open(f"/proc/{self.java_pid()}/status") as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) // 1024

    def gc_position(self):
        return os.path.getsize(self.gc_log) if os.path.exists(self.gc_log) else 0

    def gc_since(self, position):
        """GC pause milliseconds and full collections logged after position."""
        with open(self.gc_log) as f:
            f.seek(position)
            pauses = re.findall(r"Pause (\w+).* ([\d.]+)ms$", f.read(), re.M)
        return sum(float(ms) for _, ms in pauses), sum(kind == "Full" for kind, _ in pauses)

    def java_pid(self):
        """The JVM's pid; with a prefix command (taskset) it may be a child."""
        java = subprocess.run(["pgrep", "-P", str(self.proc.pid), "java"], capture_output=True,
                              text=True).stdout.split()
        return int(java[0]) if java else self.proc.pid

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        Service.running.discard(self)
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(120)


def body(op_file, variables, query=None):
    if query is None:
        with open(os.path.join(OPS, op_file)) as f:
            query = f.read()
    return json.dumps({"query": query, "variables": variables})


def workloads(ids):
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    later = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 30 * 86400))
    page = ("query($i: ID!){ incidentTimeline(incidentId: $i, first: 50) {"
            " nodes { id kind author occurredAt writtenAt text } pageInfo { hasNextPage endCursor } } }")
    return [
        ("W0 { __typename }", body(None, {}, "{ __typename }"), A.connections),
        ("W1 onCall (50 rotations)", body("OnCallNow.graphql", {}), A.connections),
        ("W2 IncidentDashboard(20)", body("IncidentDashboard.graphql", {"first": 20}), A.connections),
        ("W3 schedule 30 days", body("Schedule.graphql", {"rotationId": ids["rotations"][0],
                                                          "from": now, "to": later}), A.connections),
        ("W4 timeline 50k-entry", body(None, {"i": ids["big"]}, page), A.connections),
        ("W4 timeline 50-entry", body(None, {"i": ids["incidents"][0]}, page), A.connections),
        ("W5 weeklySummary", body("WeeklySummary.graphql", {"teamId": ids["teams"][0],
                                                            "weekOf": now[:10]}), 4),
    ]


def wrk(payload, seconds, connections):
    script = os.path.join(A.work, "wrk.lua")
    with open(script, "w") as f:
        f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                f'wrk.headers["Authorization"] = "Bearer {ADMIN}"\nwrk.body = {json.dumps(payload)}\n'
                "done = function(s, lat, req)\n local e = s.errors\n"
                ' io.write(string.format("RESULT %f %f %f %d\\n", s.requests / (s.duration / 1e6),'
                " lat:percentile(50) / 1000, lat:percentile(99) / 1000,"
                " e.connect + e.read + e.write + e.status + e.timeout))\nend\n")
    out = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s",
                          "--timeout", "10s", "-s", script, URL], capture_output=True, text=True, check=True).stdout
    rps, p50, p99, errors = re.search(r"RESULT (\S+) (\S+) (\S+) (\d+)", out).groups()
    return float(rps), float(p50), float(p99), int(errors)


class Profiler:
    """async-profiler attached with jcmd to the running service, one recording per window."""

    def __init__(self, directory):
        self.directory = os.path.abspath(directory)
        os.makedirs(self.directory, exist_ok=True)
        arch = {"x86_64": "linux-x64", "aarch64": "linux-arm64"}[platform.machine()]
        self.library = os.path.join(A.work, "async-profiler", arch, "libasyncProfiler.so")
        if not os.path.exists(self.library):
            target = os.path.join(A.work, "async-profiler")
            subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "dependency:copy",
                            f"-Dartifact={ASYNC_PROFILER}", f"-DoutputDirectory={target}"],
                           check=True, cwd=ROOT)
            jar = glob.glob(os.path.join(target, "async-profiler-*.jar"))[0]
            zipfile.ZipFile(jar).extract(f"{arch}/libasyncProfiler.so", target)
        java = os.path.realpath(shutil.which(A.java) or A.java)
        self.jcmd = os.path.join(os.path.dirname(java), "jcmd")

    def command(self, service, action):
        # quoted: jcmd would read the action's "key=value" parts as its own options
        out = subprocess.run([self.jcmd, str(service.java_pid()), "JVMTI.agent_load",
                              self.library, f'"{action}"'], capture_output=True, text=True).stdout
        if "return code: 0" not in out:
            sys.exit(f"async-profiler refused '{action}': {out.strip()} (see service.log)")

    def start(self, service):
        self.command(service, "start,event=cpu,interval=1ms")

    def stop(self, service, name):
        path = os.path.join(self.directory, name)
        self.command(service, f"dump,collapsed,file={path}.collapsed")
        self.command(service, f"stop,file={path}.html")


def statements_and_latency(payload):
    """Median latency of sequential single requests, and SQL statements per request from
    pg_stat_statements (transaction control and the benchmark's own queries excluded)."""
    answer = json.loads(post(payload))
    if answer.get("errors"):
        sys.exit(f"workload answered with errors: {answer['errors']}")
    psql("select pg_stat_statements_reset()")
    times = []
    for _ in range(A.single):
        t = time.perf_counter()
        post(payload)
        times.append((time.perf_counter() - t) * 1000)
    calls = psql("select coalesce(sum(calls), 0) from pg_stat_statements where query !~* "
                 "'^(begin|commit|rollback|set|show|discard)|pg_stat_statements'")
    return statistics.median(times), int(calls) / A.single


def pgbench_floor(payload, seconds, connections):
    """Runs W2's own SQL (captured with its parameters from the server log) through pgbench."""
    open_logs = set(glob.glob(os.path.join(PG_LOG, "*.csv")))
    # the log directory again: a copied --work directory still names its original one
    psql(f"alter system set log_directory = '{PG_LOG}'")
    psql("alter system set log_statement = 'all'"); psql("select pg_reload_conf()")
    time.sleep(0.5)
    marker = f"select 'w2-capture-{time.time()}'"
    psql(marker)
    post(payload, uncached=True)
    psql("alter system reset log_statement"); psql("select pg_reload_conf()")
    time.sleep(0.5)
    rows = []
    # by age: the files are named by time of day, so after midnight their names sort wrongly
    for name in sorted(glob.glob(os.path.join(PG_LOG, "*.csv")), key=os.path.getmtime):
        with open(name, newline="") as f:
            rows += list(csv.reader(f))
    start = max(i for i, r in enumerate(rows) if marker in r[13])
    statements = []
    for r in rows[start + 1:]:
        m = re.match(r"(?:execute [^:]*|statement): (.*)", r[13], re.S)
        if not m or re.search(r"alter system|pg_reload_conf", m.group(1)):
            continue
        sql = m.group(1)
        params = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", r[14] or ""))
        sql = re.sub(r"\$(\d+)", lambda p: params.get(p.group(1), p.group(0)), sql)
        if not re.match(r"(?i)(begin|commit|rollback|set |show )", sql):
            statements.append(sql.rstrip(";") + ";")
    script = os.path.join(A.work, "w2-pgbench.sql")
    with open(script, "w") as f:
        f.write("begin;\n" + "\n".join(s.replace("\n", " ") for s in statements) + "\ncommit;\n")
    out = subprocess.run(["pgbench", "-n", "-h", "127.0.0.1", "-p", str(A.db_port), "-U", "postgres",
                          "-c", str(connections), "-j", "2", "-T", str(seconds), "-M", "prepared",
                          "-f", script, "postgres"], env=ENV_PG, capture_output=True, text=True,
                         check=True).stdout
    return float(re.search(r"tps = ([\d.]+)", out).group(1)), len(statements)


def seed():
    log("fresh database: first start (migrations), seeding through the API")
    service = Service()
    psql("alter system set shared_preload_libraries = 'pg_stat_statements'")
    for k, v in {"logging_collector": "on", "log_destination": "csvlog", "log_directory": PG_LOG,
                 "log_filename": "postgresql-%H%M%S.log"}.items():
        psql(f"alter system set {k} = '{v}'")
    t = time.monotonic()
    ids = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "seed.py"), URL, ADMIN],
                                    check=True, stdout=subprocess.PIPE, text=True).stdout)
    log(f"API seed {time.monotonic() - t:.0f} s; bulk rows by SQL (bulk.sql)")
    with open(os.path.join(HERE, "bulk.sql")) as f:
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(A.db_port), "-U", "postgres", "-qX",
                        "-v", "ON_ERROR_STOP=1", "-d", "postgres"], env=ENV_PG, stdin=f, check=True,
                       capture_output=True)
    ids["big"] = psql("select id from incident where title = 'Resolved incident 1'")
    service.stop()
    return ids


def pinned(ids):
    """One core, -Xmx256m, a fixed 20 req/s of W1 and of W2 for 60 s each."""
    service = Service(["-Xmx256m"], ["taskset", "-c", "0"])
    rows = []
    for name, payload, _ in workloads(ids)[1:3]:
        for _ in range(200):  # brief warm-up at the fixed rate's scale
            post(payload)
        times, errors, t0 = [], 0, time.monotonic()
        for k in range(20 * 60):
            time.sleep(max(0.0, t0 + k / 20 - time.monotonic()))
            t = time.perf_counter()
            try:
                if json.loads(post(payload)).get("errors"):
                    errors += 1
            except OSError:
                errors += 1
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        rows.append((name, times[len(times) // 2], times[int(len(times) * 0.99)], errors))
    service.stop()
    return rows


IDS = os.path.join(A.work, "ids.json")


def main():
    missing = [tool for tool in ("wrk", "psql", "pgbench") if not shutil.which(tool)]
    if missing:  # before the minutes of seeding, not after them
        sys.exit(f"missing {', '.join(missing)}: apt-get install -y wrk postgresql-client")
    os.makedirs(A.work, exist_ok=True)
    if not (A.reuse_data and os.path.exists(IDS) and os.path.isdir(DATA)):
        subprocess.run(["rm", "-rf", DATA, PG_LOG, IDS])
    try:
        run()
    finally:
        for service in list(Service.running):
            service.stop()


def run():
    if os.path.exists(IDS):
        with open(IDS) as f:
            ids = json.load(f)
    else:
        ids = seed()
        with open(IDS, "w") as f:
            json.dump(ids, f)
    modes = {"both": ["on", "off"]}.get(A.result_cache, [A.result_cache])
    load = open("/proc/loadavg").read().split()[:3]
    print(f"\nDutyboard load benchmark {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{os.cpu_count()} cores, load average {' '.join(load)}, warm-up {A.warmup} s, "
          f"measured {A.duration} s", flush=True)
    if A.starts:
        starts()
    for mode in modes:
        report(mode, *measure(ids, mode))
    for name, p50, p99, errors in (pinned(ids) if A.pinned else []):
        print(f"pinned 1 core -Xmx256m 20 req/s 60 s, {name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
              f"errors {errors}", flush=True)


def starts():
    """--starts restarts on the existing data with the default settings: first answer and the
    process's CPU until then, median and range; with --external-starts, interleaved with starts
    against an external PostgreSQL on the same data."""
    log(f"{A.starts} starts on the existing data, timed to the first answer")
    kinds = ["embedded PostgreSQL included"] + (["external PostgreSQL"] if A.external_starts else [])
    times = {kind: [] for kind in kinds}
    cpus = {kind: [] for kind in kinds}
    for _ in range(A.starts):
        for kind in kinds:
            external = kind.startswith("external")
            if external:
                external_postgres("start")
            try:
                service = Service(java_opts=EXTERNAL_DB if external else ())
                times[kind].append(service.first_answer)
                cpus[kind].append(service.cpu_seconds())
                service.stop()
            finally:  # a service that fails to start leaves no server on the port
                if external:
                    external_postgres("stop")
            time.sleep(1)  # the stopped process and its PostgreSQL settle, not competing with the next start
    for kind in kinds:
        ts = times[kind]
        print(f"start to first GraphQL answer on existing data ({kind}), {A.starts} starts: median "
              f"{statistics.median(ts):.2f} s ({min(ts):.2f}-{max(ts):.2f}), process CPU until "
              f"then median {statistics.median(cpus[kind]):.2f} s", flush=True)


EXTERNAL_DB = [f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:{A.db_port}/postgres",
               "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres"]


def external_postgres(action):
    """Starts or stops the embedded database's own PostgreSQL binaries on its data directory as a
    server of its own, outside the timed start (as root in a user namespace, as zonky does:
    PostgreSQL refuses to run as root)."""
    with open(os.path.join(A.work, "service.log")) as f:
        binaries = re.findall(r"Postgres binaries at (\S+)", f.read())[-1]
    pg_ctl = [*(["unshare", "-U"] if os.geteuid() == 0 else []),
              os.path.join(binaries, "bin", "pg_ctl"), "-D", os.path.join(DATA, "postgres"), "-w"]
    if action == "start":
        pg_ctl += ["-l", os.path.join(A.work, "external-postgres.log"), "-o", f"-p {A.db_port}", "start"]
    else:
        pg_ctl += ["-m", "fast", "stop"]
    # no pipes: the server would inherit them and keep them open
    subprocess.run(pg_ctl, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def report(mode, rows, floor, floor_stmts, curve, start_s, rss, loadavg):
    """Prints one mode's table as soon as it is measured."""
    print(f"\nGraphQL result cache {mode} (load average during the runs {loadavg}):")
    print(f"{'workload':28} {'conns':>5} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
          f"{'single ms':>9} {'SQL/req':>7} {'JVM CPU ms/req':>14} {'GC ms/s':>7} {'full GCs':>8}")
    for r in rows.values():
        print(f"{r[0]:28} {r[1]:5d} {r[2]:8.0f} {r[3]:7.1f} {r[4]:7.1f} {r[5]:6d} {r[6]:9.1f} "
              f"{r[7]:7.1f} {r[8]:14.2f} {r[9]:7.0f} {r[10]:8d}")
    w2 = rows["W2"][2] if "W2" in rows else None
    if floor and w2:
        print(f"pgbench floor of W2's SQL ({floor_stmts} statements in a transaction, "
              f"{A.connections} clients): {floor:.0f} tps; W2 / floor = {w2 / floor:.2f}")
    if "W4 timeline 50k" in rows and "W4 timeline 50-" in rows:
        w4 = rows["W4 timeline 50k"][2] / rows["W4 timeline 50-"][2]
        print(f"W4 50k-entry / 50-entry page rate: {w4:.2f}")
    if curve:
        print("warm-up curve, fresh process, W2 req/s per 10 s: "
              + " ".join(f"{c:.0f}" for c in curve) + (f" (steady {w2:.0f})" if w2 else ""))
    print(f"start to first GraphQL answer on existing data (embedded PostgreSQL included): "
          f"{start_s:.1f} s; RSS after the load runs: {rss} MB", flush=True)


def measure(ids, mode):
    """A fresh start on the existing data with the result cache on or off, then W0-W5."""
    log(f"result cache {mode}: restart on existing data, start to first answer")
    flag = f"-Ddutyboard.graphql.result-cache.enabled={str(mode == 'on').lower()}"
    service = Service([] if mode == "unset" else [flag])
    start_s = service.first_answer
    psql("create extension if not exists pg_stat_statements")
    loads = workloads(ids)
    curve = []
    if A.curve_seconds:
        log(f"warm-up curve of the fresh process: W2 for {A.curve_seconds} s")
        for _ in range(A.curve_seconds // 10):
            curve.append(wrk(loads[2][1], 10, A.connections)[0])
    rows, loads_seen = {}, []
    profiler = Profiler(A.profile) if A.profile else None
    for name, payload, conns in loads:
        if A.only and not any(name.startswith(w) for w in A.only.split(",")):
            continue
        log(f"{name}: warm-up {A.warmup} s, measure {A.duration} s at {conns} connections")
        wrk(payload, A.warmup, conns)
        if profiler:
            profiler.start(service)
        cpu0, gc0 = service.cpu_seconds(), service.gc_position()
        rps, p50, p99, errors = wrk(payload, A.duration, conns)
        cpu_ms = (service.cpu_seconds() - cpu0) * 1000 / max(1, rps * A.duration)
        gc_ms, full_gcs = service.gc_since(gc0)
        if profiler:  # after the CPU reading: writing the profile is the profiler's work
            profiler.stop(service, re.sub(r"\W+", "-", f"{name} cache {mode}").strip("-"))
        loads_seen.append(open("/proc/loadavg").read().split()[0])
        single, stmts = statements_and_latency(payload)
        key = name[:15] if name.startswith("W4") else name[:2]
        rows[key] = (name, conns, rps, p50, p99, errors, single, stmts, cpu_ms,
                     gc_ms / A.duration, full_gcs)
    floor, floor_stmts = (None, None)
    if "W2" in rows:
        floor, floor_stmts = pgbench_floor(loads[2][1], A.duration, A.connections)
    rss = service.rss_mb()
    service.stop()
    loadavg = f"{min(loads_seen)}-{max(loads_seen)}" if loads_seen else "?"
    return rows, floor, floor_stmts, curve, start_s, rss, loadavg


if __name__ == "__main__":
    main()
