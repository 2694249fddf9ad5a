"""Trial "crash-import": kill -9 during a bulk liquidated-damages import (reliability review, trial 1b).

A generated CSV of N breaches (the benchmark's mix: late ISF, failure to redeliver, late entry summary, duty-deposit
default, non-merchandise default; amounts written "$12,500.00"-style; every line its own entry number) is posted as
officer1. When a fifth of the lines have their claim in the database the node gets kill -9, and is started again.

Right after the restart the import must not stay RUNNING (review defect R1). Accepted:
  - DONE: the application resumed it on its own;
  - INTERRUPTED: it says so; then the trial resumes it (POST .../{id}/resume, when the API has it) or sends the
    same file again (the lines already done are skipped as duplicates);
  - RUNNING or QUEUED only while it visibly progresses (a resumption under way), until it is DONE.
An import that stays RUNNING (or QUEUED) without progress fails the trial; the file is then sent again anyway so the
counts below still say whether anything was lost.

In the end, in the database:
  - claims = lines, 0 lost (a line's entry number without a claim), 0 duplicates (an entry number claimed twice)
  - 0 LD cases without a process instance, 0 claims without their CREATED line record
  - no import left RUNNING or QUEUED, no line refused (the file has no bad line)
"""

import datetime
import time

from harness import Api, Checks, Node, TrialError, http, log, new_party, seed

NAME = "crash-import"
BONDS = 20
IMPORTS = "/api/v1/liquidated-damages-imports"


def breach_file(bond_numbers, run, lines):
    """The CSV, one breach per line; the entry number T<run>-<i> identifies each line's claim."""
    today = datetime.date.today()
    out = ["bondNumber,breach,breachDate,entryNumber,merchandiseValue,withheldDuty,unpaidDuties,daysLate,defaults"]
    for i in range(lines):
        bond = bond_numbers[i % len(bond_numbers)]
        date = (today - datetime.timedelta(days=1 + i % 700)).isoformat()
        entry = "T%s-%d" % (run, i)
        amount = '"%s.00"' % format(1000 + (i * 37) % 90000, ",")
        kind = i % 5
        if kind == 0:
            out.append("%s,LATE_ISF,%s,%s,,,,,1" % (bond, date, entry))
        elif kind == 1:
            out.append("%s,FAILURE_TO_REDELIVER,%s,%s,%s,,,," % (bond, date, entry, amount))
        elif kind == 2:
            out.append("%s,LATE_ENTRY_SUMMARY,%s,%s,%s,250.00,,%d," % (bond, date, entry, amount, 1 + i % 30))
        elif kind == 3:
            out.append("%s,DUTY_DEPOSIT_DEFAULT,%s,%s,,,1234.56,," % (bond, date, entry))
        else:
            out.append("%s,ENTRY_NON_MERCHANDISE_DEFAULT,%s,%s,,,,,2" % (bond, date, entry))
    return ("\n".join(out) + "\n").encode()


def make_bonds(node, party_id, run):
    """Continuous bonds of $1 billion, so no claim is capped at what is left of a bond."""
    officer = Api(node, "officer1")
    numbers = []
    for b in range(BONDS):
        bond = officer.post("/api/v1/bonds", {
            "bondNumber": "TCB-%s-%d" % (run, b), "principalPartyId": party_id, "suretyName": "Trial Surety Co",
            "type": "CONTINUOUS", "activity": "IMPORTATION_AND_ENTRY", "amount": 1000000000,
            "effectiveDate": "2015-01-01"}, expect=(201,))
        numbers.append(bond["bondNumber"])
    return numbers


def submit(node, content, name):
    answer = Api(node, "officer1").post(IMPORTS + "?officeCode=LALB&fileName=" + name, content,
                                        expect=(201, 202), content_type="text/csv", timeout=300)
    return answer["id"]


def claims_of(db, schema, import_id):
    return db.scalar("SELECT COUNT(*) FROM ld_claim WHERE import_id = %d" % import_id, schema)


def has_resume_endpoint(node):
    """Whether the API offers POST .../{id}/resume (read from the published OpenAPI description)."""
    status, docs = http("GET", node.base + "/v3/api-docs")
    paths = docs.get("paths", {}) if status == 200 and isinstance(docs, dict) else {}
    return "post" in paths.get(IMPORTS + "/{id}/resume", {})


def wait_until_finished(node, db, schema, import_id, stall_seconds=30, limit_seconds=900):
    """Polls the import until DONE, FAILED or INTERRUPTED. While it is RUNNING or QUEUED it must progress: if its
    claims and processed lines stand still for stall_seconds it is reported as stuck. Returns (status, view)."""
    officer = Api(node, "officer1")
    started = last_change = time.time()
    last = None
    while True:
        view = officer.get(IMPORTS + "/%d" % import_id)
        if view["status"] in ("DONE", "FAILED", "INTERRUPTED"):
            return view["status"], view
        progress = (view["processedRows"], claims_of(db, schema, import_id))
        if progress != last:
            last, last_change = progress, time.time()
        if time.time() - last_change > stall_seconds:
            return "STUCK_" + view["status"], view
        if time.time() - started > limit_seconds:
            raise TrialError("import %d not finished after %d s: %s" % (import_id, limit_seconds, view))
        time.sleep(1)


def run(db, launcher, schema, lines=3000, kill_share=0.2):
    checks = Checks(NAME)
    # a short lease, so the restarted node marks the dead run INTERRUPTED at once instead of after the default 2 minutes
    node = Node(launcher, schema, "import", extra_args=["--fpf.import.lease=10s"])
    node.start()
    seed(node)
    run_id = time.strftime("%H%M%S")
    bonds = make_bonds(node, new_party(node), run_id)
    content = breach_file(bonds, run_id, lines)

    # the import, killed when a share of its lines have their claim
    first = submit(node, content, "trial-breaches.csv")
    kill_at = max(1, int(lines * kill_share))
    started = time.time()
    while claims_of(db, schema, first) < kill_at:
        view = Api(node, "officer1").get(IMPORTS + "/%d" % first)
        if view["status"] not in ("QUEUED", "RUNNING"):
            raise TrialError("import ended (%s) before the kill: nothing was tested" % view["status"])
        if time.time() - started > 600:
            raise TrialError("import made fewer than %d claims in 600 s" % kill_at)
        time.sleep(0.2)
    node.kill()
    at_kill = claims_of(db, schema, first)
    rate = at_kill / (time.time() - started)
    log("kill -9 at %d claims of %d lines (%.1f lines/s)" % (at_kill, lines, rate))
    node.start()

    # after the restart: never RUNNING for good
    status, view = wait_until_finished(node, db, schema, first)
    log("import %d after the restart: %s (%d of %d lines processed)" % (first, status, view["processedRows"],
                                                                        view["totalRows"]))
    checks.info("claims in the database at the kill", at_kill)
    checks.expect("after the restart the import ends DONE or INTERRUPTED (not RUNNING for good)", status,
                  status in ("DONE", "INTERRUPTED"))
    finished_by = "the application on start-up"
    if status != "DONE":
        if status == "INTERRUPTED" and has_resume_endpoint(node):
            # the server keeps no file: resuming takes the same bytes again and works only the lines not yet recorded
            Api(node, "officer1").post(IMPORTS + "/%d/resume" % first, content, expect=(200, 201, 202),
                                       content_type="text/csv", timeout=300)
            finished_by = "POST .../%d/resume" % first
            status, view = wait_until_finished(node, db, schema, first)
            checks.equal("status of the resumed import", status, "DONE")
        else:
            second = submit(node, content, "trial-breaches-again.csv")
            finished_by = "sending the same file again (import %d)" % second
            status, again = wait_until_finished(node, db, schema, second)
            checks.equal("status of the file sent again", status, "DONE")
            checks.info("the file sent again: created / skipped / refused",
                        "%d / %d / %d" % (again["created"], again["skipped"], again["refused"]))
    checks.info("finished by", finished_by)

    # the counts that matter, straight from the database
    entry = "T%s-%%" % run_id
    claims = db.scalar("SELECT COUNT(*) FROM ld_claim WHERE entry_number LIKE '%s'" % entry, schema)
    distinct = db.scalar("SELECT COUNT(DISTINCT entry_number) FROM ld_claim WHERE entry_number LIKE '%s'" % entry,
                         schema)
    without_process = db.scalar("""SELECT COUNT(*) FROM case_file c WHERE c.family = 'LIQUIDATED_DAMAGES'
                                   AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p
                                                   WHERE p.BUSINESS_KEY_ = c.case_number)""", schema)
    without_line = db.scalar("""SELECT COUNT(*) FROM ld_claim l JOIN case_file c ON c.id = l.case_id
                                WHERE NOT EXISTS (SELECT 1 FROM ld_import_row r WHERE r.outcome = 'CREATED'
                                                  AND r.case_number = c.case_number)""", schema)
    unfinished = db.scalar("SELECT COUNT(*) FROM ld_import WHERE status IN ('RUNNING', 'QUEUED')", schema)
    refused = db.scalar("SELECT COUNT(*) FROM ld_import_row WHERE outcome = 'REFUSED'", schema)

    checks.info("lines in the file", lines)
    checks.equal("claims", claims, lines)
    checks.equal("lines lost (no claim)", lines - distinct, 0)
    checks.equal("lines claimed twice", claims - distinct, 0)
    checks.equal("LD cases without a process instance", without_process, 0)
    checks.equal("claims without their CREATED line record", without_line, 0)
    checks.equal("lines refused", refused, 0)
    checks.equal("imports left RUNNING or QUEUED", unfinished, 0)
    checks.info("start times s", ", ".join("%.0f" % s for s in node.start_seconds))
    node.kill()
    return checks
