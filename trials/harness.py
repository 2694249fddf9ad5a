"""What every trial needs: the database (through the mysql client), application nodes started from the built jar,
an HTTP client, the identity seed of the mysql profile, and the printing of results.

Python 3 standard library only. The application runs exactly as it would in production: `java -jar` on the mysql
profile with the README's variables; the trials talk to it only through its HTTP API and read the database with SQL.
"""

import base64
import glob
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "trials")

ADMIN_PASSWORD = "trial-admin"
APP_DB_USER = "fpf_it"
APP_DB_PASSWORD = "fpf_it"


class TrialError(Exception):
    """The trial could not be carried out (not a finding about the application): a node did not start, a seed failed."""


def log(message):
    print(time.strftime("%H:%M:%S"), message, flush=True)


# ------------------------------------------------------------------------------------------------------ database

class Database:
    """The MariaDB/MySQL server, reached as its administrator (root) through the `mysql` command-line client."""

    def __init__(self):
        self.host = os.environ.get("TRIAL_DB_HOST", "127.0.0.1")
        self.port = os.environ.get("TRIAL_DB_PORT", "3306")
        self.root_user = os.environ.get("TRIAL_DB_ROOT_USER", "root")
        self.root_password = os.environ.get("TRIAL_DB_ROOT_PASSWORD", "")

    def _command(self, schema=None):
        cmd = ["mysql", "--protocol=tcp", "-h", self.host, "-P", str(self.port), "-u", self.root_user,
               "--batch", "--skip-column-names", "--raw"]
        if self.root_password:
            cmd.append("-p" + self.root_password)
        if schema:
            cmd.append(schema)
        return cmd

    def execute(self, sql, schema=None):
        done = subprocess.run(self._command(schema), input=sql, capture_output=True, text=True)
        if done.returncode != 0:
            raise TrialError("SQL failed: %s\n%s" % (done.stderr.strip(), sql.strip()[:500]))
        return done.stdout

    def rows(self, sql, schema):
        """The result rows, each a list of strings (NULL comes back as the string 'NULL')."""
        out = self.execute(sql, schema)
        return [line.split("\t") for line in out.splitlines() if line != ""]

    def scalar(self, sql, schema):
        rows = self.rows(sql, schema)
        return int(rows[0][0]) if rows else 0

    def fresh_schema(self, schema):
        """Drops and creates the schema (as .ci/run does for fpf_it) and lets the application's user use it."""
        if not schema.startswith("fpf_trial"):
            raise TrialError("refusing to drop %s: trial schemas are named fpf_trial_*" % schema)
        self.execute("""
            DROP DATABASE IF EXISTS {s};
            CREATE DATABASE {s} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
            CREATE USER IF NOT EXISTS '{u}'@'localhost' IDENTIFIED BY '{p}';
            CREATE USER IF NOT EXISTS '{u}'@'127.0.0.1' IDENTIFIED BY '{p}';
            GRANT ALL PRIVILEGES ON {s}.* TO '{u}'@'localhost';
            GRANT ALL PRIVILEGES ON {s}.* TO '{u}'@'127.0.0.1';
            FLUSH PRIVILEGES;
        """.format(s=schema, u=APP_DB_USER, p=APP_DB_PASSWORD))

    def jdbc_url(self, schema):
        return ("jdbc:mysql://%s:%s/%s?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
                "&useSSL=false&allowPublicKeyRetrieval=true" % (self.host, self.port, schema))


# ------------------------------------------------------------------------------------------------------ the jar

def find_jar():
    jars = [j for j in glob.glob(os.path.join(ROOT, "target", "*.jar")) if not j.endswith(".original")]
    if len(jars) != 1:
        raise TrialError("need exactly one application jar in target/ (found %d): build it first with "
                         "./mvnw verify or ./mvnw -DskipTests package" % len(jars))
    return jars[0]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Launcher:
    """How a node is started: `java -jar` of the built jar, or of the same jar extracted, with a CDS archive.

    The CDS archive (class data sharing, JDK 17) is made once per jar by a training run that starts the application
    and exits when its context is refreshed (spring.context.exit=onRefresh); the archive then saves each later start
    the class loading. It changes nothing the application does. `prepare(train_on=...)` does the training run against
    a fresh trial schema, so the tables it creates are not wasted: the trial's first start finds them.
    """

    JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx1g"]

    def __init__(self, db, use_cds=True):
        self.db = db
        self.jar = find_jar()
        self.use_cds = use_cds
        self.app_jar = self.jar
        self.archive = None

    def prepare(self, train_on_schema):
        if not self.use_cds:
            return
        with open(self.jar, "rb") as f:
            key = hashlib.sha256(f.read()).hexdigest()[:16]
        home = os.path.join(WORK, "cds", key)
        for older in glob.glob(os.path.join(WORK, "cds", "*")):  # archives of jars built before this one
            if older != home:
                shutil.rmtree(older, ignore_errors=True)
        extracted = os.path.join(home, "app")
        archive = os.path.join(home, "app.jsa")
        app_jar = os.path.join(extracted, os.path.basename(self.jar))
        if not os.path.exists(app_jar):
            subprocess.run(["java", "-Djarmode=tools", "-jar", self.jar, "extract", "--destination", extracted],
                           check=True, stdout=subprocess.DEVNULL)
        if not os.path.exists(archive):
            started = time.time()
            env = self.environment(train_on_schema)
            out = open(os.path.join(WORK, "logs", "cds-training.log"), "w")
            done = subprocess.run(["java"] + self.JVM_FLAGS + ["-XX:ArchiveClassesAtExit=" + archive,
                                   "-Dspring.context.exit=onRefresh", "-jar", app_jar,
                                   "--spring.profiles.active=mysql", "--server.port=0"],
                                  env=env, stdout=out, stderr=subprocess.STDOUT)
            out.close()
            if done.returncode != 0 or not os.path.exists(archive):
                log("CDS training run failed (see target/trials/logs/cds-training.log); starting without CDS")
                return
            log("CDS archive made in %.0f s" % (time.time() - started))
        self.app_jar, self.archive = app_jar, archive

    def environment(self, schema):
        env = dict(os.environ)
        env.update({"FPF_DB_URL": self.db.jdbc_url(schema), "FPF_DB_USER": APP_DB_USER,
                    "FPF_DB_PASSWORD": APP_DB_PASSWORD, "FPF_ADMIN_PASSWORD": ADMIN_PASSWORD})
        return env

    def command(self, port, extra_args):
        cmd = ["java"] + self.JVM_FLAGS
        if self.archive:
            cmd += ["-XX:SharedArchiveFile=" + self.archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
        return cmd + ["-jar", self.app_jar, "--spring.profiles.active=mysql", "--server.port=%d" % port] + extra_args


class Node:
    """One application process on one schema. start() waits for /actuator/health UP; kill() is kill -9."""

    running = []  # every node still alive, killed when the runner exits

    def __init__(self, launcher, schema, name, extra_args=()):
        self.launcher = launcher
        self.schema = schema
        self.name = name
        self.extra_args = list(extra_args)
        self.port = None
        self.process = None
        self.starts = 0
        self.start_seconds = []

    @property
    def base(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self, timeout=int(os.environ.get("TRIAL_START_TIMEOUT", "400"))):
        self.port = free_port()
        self.starts += 1
        log_path = os.path.join(WORK, "logs", "%s-start%d.log" % (self.name, self.starts))
        out = open(log_path, "w")
        started = time.time()
        self.process = subprocess.Popen(self.launcher.command(self.port, self.extra_args),
                                        env=self.launcher.environment(self.schema), stdout=out,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        out.close()
        Node.running.append(self)
        while True:
            if self.process.poll() is not None:
                raise TrialError("%s ended during start-up (exit %s); its log: %s\n%s"
                                 % (self.name, self.process.returncode, log_path, tail(log_path)))
            if time.time() - started > timeout:
                self.kill()
                raise TrialError("%s not UP within %d s; its log: %s\n%s" % (self.name, timeout, log_path,
                                                                              tail(log_path)))
            status, body = http("GET", self.base + "/actuator/health", timeout=5)
            if status == 200 and isinstance(body, dict) and body.get("status") == "UP":
                break
            time.sleep(0.5)
        seconds = time.time() - started
        self.start_seconds.append(seconds)
        log("%s UP on port %d in %.1f s (schema %s)" % (self.name, self.port, seconds, self.schema))
        return seconds

    def kill(self):
        """kill -9: the process gets no chance to finish anything."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if self in Node.running:
            Node.running.remove(self)

    def alive(self):
        return self.process is not None and self.process.poll() is None

    @classmethod
    def kill_all(cls):
        for node in list(cls.running):
            node.kill()


def tail(path, lines=25):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


# ------------------------------------------------------------------------------------------------------ HTTP

def http(method, url, user=None, body=None, content_type="application/json", timeout=60):
    """One request. Returns (status, parsed JSON body or text); status 0 when there was no answer at all
    (connection refused or reset, timeout), which is what a client sees of a killed node."""
    data = None
    headers = {"Accept": "application/json, application/problem+json, */*"}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    if user:
        token = base64.b64encode(("%s:%s" % (user, password_of(user))).encode()).decode()
        headers["Authorization"] = "Basic " + token
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, parse(response.read())
    except urllib.error.HTTPError as error:
        return error.code, parse(error.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout, OSError):
        return 0, None


def parse(raw):
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode(errors="replace")


def password_of(user):
    return ADMIN_PASSWORD if user == "admin" else user


class Api:
    """The application's HTTP API on one node, as one user; every call checks the status it expects."""

    def __init__(self, node, user):
        self.node = node
        self.user = user

    def call(self, method, path, body=None, expect=(200,), **kwargs):
        status, answer = http(method, self.node.base + path, self.user, body, **kwargs)
        if status not in expect:
            raise TrialError("%s %s as %s on %s: HTTP %s (expected %s): %s"
                             % (method, path, self.user, self.node.name, status, expect, str(answer)[:600]))
        return answer

    def get(self, path, **kwargs):
        return self.call("GET", path, **kwargs)

    def post(self, path, body=None, expect=(200, 201, 202, 204), **kwargs):
        return self.call("POST", path, body, expect, **kwargs)

    def put(self, path, body=None, expect=(200, 204), **kwargs):
        return self.call("PUT", path, body, expect, **kwargs)


# ------------------------------------------------------------------------------------------------------ seed

OFFICES = [("LALB", "Los Angeles/Long Beach seaport (trial)", "SEAPORT"),
           ("CVGX", "Cincinnati express-consignment hub (trial)", "EXPRESS_CONSIGNMENT")]

# user, groups, offices (password = user name, as the README's demo users)
USERS = [("officer1", ["fpf-officer"], ["LALB"]),
         ("officer3", ["fpf-officer"], ["LALB"]),
         ("officer2", ["fpf-officer"], ["CVGX"]),
         ("supervisor1", ["fpf-supervisor", "fpf-officer"], ["LALB"]),
         ("hq1", ["fpf-hq"], [])]


def seed(node):
    """The mysql profile seeds nothing: the administrator adds the offices through our API and the users, their
    groups and their offices (engine tenants) through /engine-rest, as an operator would in Camunda Admin."""
    admin = Api(node, "admin")
    for code, name, kind in OFFICES:
        admin.post("/api/v1/offices", {"code": code, "name": name, "kind": kind}, expect=(201,))
    for user, groups, offices in USERS:
        admin.post("/engine-rest/user/create",
                   {"profile": {"id": user, "firstName": user, "lastName": "Trial", "email": user + "@trial.example"},
                    "credentials": {"password": user}}, expect=(204,))
        for group in groups:
            admin.put("/engine-rest/group/%s/members/%s" % (group, user), expect=(204,))
        for office in offices:
            admin.put("/engine-rest/tenant/%s/user-members/%s" % (office, user), expect=(204,))
    log("seeded offices %s and users %s" % (", ".join(o[0] for o in OFFICES), ", ".join(u[0] for u in USERS)))


def new_party(node, name="Trial Importer Co"):
    """A U.S. importer of record (an entity with every Sec. 10 fact given)."""
    party = Api(node, "officer1").post("/api/v1/parties", {
        "name": name, "kind": "ENTITY", "countryOfOrganization": "US", "principalPlaceOfBusinessUs": True,
        "significantUsPresence": True, "sufficientUsAssets": True, "controllingOwnersUsPersons": True,
        "ownsSignificantUsRealProperty": False}, expect=(201,))
    return party["id"]


def penalty_case_body(party_id, violation_date="2025-01-04", discovery_date="2025-11-01"):
    """A 1592 negligence case with the facts the statutory maximum needs."""
    return {"partyId": party_id, "statute": "1592", "culpability": "NEGLIGENCE", "violationDate": violation_date,
            "discoveryDate": discovery_date, "dutiableValue": 10003, "domesticValue": 20003, "lossOfRevenue": 500,
            "commercial": True, "priorDisclosure": False}


# ------------------------------------------------------------------------------------------------------ results

class Checks:
    """A trial's findings: each check has a name, the value seen and whether it holds. Printed as a table."""

    def __init__(self, trial):
        self.trial = trial
        self.items = []

    def expect(self, name, value, ok):
        self.items.append((name, value, bool(ok)))
        return ok

    def equal(self, name, value, wanted):
        return self.expect("%s (want %s)" % (name, wanted), value, value == wanted)

    def info(self, name, value):
        self.items.append((name, value, None))

    def failed(self):
        return [i for i in self.items if i[2] is False]

    def print(self):
        width = max([len(n) for n, _, _ in self.items] + [10])
        print("\n== %s ==" % self.trial)
        for name, value, ok in self.items:
            mark = "  " if ok is None else ("ok" if ok else "FAIL")
            print("  %-4s %-*s %s" % (mark, width, name, value))
        print(flush=True)


def table(headers, rows):
    """A plain text table."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join("%*s" % (w, h) for w, h in zip(widths, headers))
    out = [line, "-" * len(line)]
    out += ["  ".join("%*s" % (w, c) for w, c in zip(widths, r)) for r in cells]
    return "\n".join(out)


def parallel(functions):
    """Runs the functions in threads and returns their results in order (an exception is re-raised)."""
    results = [None] * len(functions)
    errors = []

    def run(i, f):
        try:
            results[i] = f()
        except BaseException as e:  # noqa: B902 (handed back to the caller)
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(functions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def ensure_dirs():
    os.makedirs(os.path.join(WORK, "logs"), exist_ok=True)


def fatal(message):
    print("trials: " + message, file=sys.stderr)
    sys.exit(2)
