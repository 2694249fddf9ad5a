"""Trial "two-nodes": two application processes on one schema, both with the job executor on (reliability review,
trials 3 and 4).

Node A starts first on a fresh schema and creates the tables; node B then starts on the same schema. Each node gets its
own engine host name (engine property `hostname`), so the job log says which node ran a job.
1. Four clients, two per node (officer1 and officer3, both LALB), open 1592 negligence cases whose violation lies
   five years less about 90 days back: the statute of limitations runs in about 90 days, so the 24-month and 12-month
   warnings and the counsel's 180-day date are already past and three timer jobs per case fall due at once; both
   nodes' job executors compete for them.
2. Every case's first task ("Determine culpability and proposed amount") is completed, alternating the node (and the
   officer). A 409 here would be a clash with a timer job of the same case: it is retried and counted.
3. A few double completions: a fresh case with no timer due (a recent violation, so only the two users race), and
   its first task completed at the same moment by officer1 on node A and officer3 on node B (released together by a
   barrier): exactly one 204 and one 409.
4. Wait until no job is due, then count per case of step 1: one 24-month and one 12-month warning, one counsel task,
   one proposal, one notice (the pre-penalty notice), one process instance; per case of step 3: one proposal, one
   notice, one process instance. Across the schema: no timer job that succeeded twice for the same activity of the
   same instance, no duplicate audit row, no failed job, no incident.
"""

import datetime
import threading
import time

from harness import Api, Checks, Node, TrialError, http, log, new_party, parallel, penalty_case_body, seed

NAME = "two-nodes"
FIRST_TASK = "Task_DetermineCulpabilityAndAmount"
DECISION = {"culpability": "NEGLIGENCE", "proposedAmount": 500, "amountRationale": "Trial: negligence, first offence."}


def dates_with_timers_due(i):
    """A violation whose statute of limitations (5 years, 19 U.S.C. 1621) runs in 90 to 94 days."""
    today = datetime.date.today()
    sol = today + datetime.timedelta(days=90 + i % 5)
    try:
        violation = sol.replace(year=sol.year - 5)
    except ValueError:  # 29 February
        violation = sol.replace(year=sol.year - 5, day=28)
    return violation.isoformat(), (today - datetime.timedelta(days=30)).isoformat()


def open_cases(node, user, party_id, count, offset):
    opened = []
    for i in range(count):
        violation, discovery = dates_with_timers_due(offset + i)
        case = Api(node, user).post("/api/v1/penalty-cases", penalty_case_body(party_id, violation, discovery),
                                    expect=(201,))
        opened.append(case)
    return opened


def first_task(case):
    tasks = [t for t in case.get("openTasks", []) if t["taskDefinitionKey"] == FIRST_TASK]
    if len(tasks) != 1:
        raise TrialError("case %s: expected one open '%s' task, found %s"
                         % (case["caseNumber"], FIRST_TASK, case.get("openTasks")))
    return tasks[0]["id"]


def complete(node, user, task_id, retries_on_409):
    """Completes the task; a 409 (a timer job of the same case committed first) is tried again."""
    for attempt in range(retries_on_409 + 1):
        status, body = http("POST", node.base + "/api/v1/tasks/%s/complete" % task_id, user, DECISION)
        if status != 409:
            return status, attempt
        time.sleep(0.5)
    return status, attempt


def double_completion(node_a, node_b, case):
    """officer1 on node A and officer3 on node B complete the same task at the same moment."""
    task_id = first_task(case)
    barrier = threading.Barrier(2)

    def attempt(node, user):
        def go():
            barrier.wait()
            return http("POST", node.base + "/api/v1/tasks/%s/complete" % task_id, user, DECISION)[0]
        return go

    return sorted(parallel([attempt(node_a, "officer1"), attempt(node_b, "officer3")]))


def wait_for_quiet_jobs(node, limit_seconds=600):
    """Until no job is executable (due, retries left) twice in a row."""
    admin = Api(node, "admin")
    started, quiet = time.time(), 0
    while quiet < 2:
        if admin.get("/engine-rest/job/count?executable=true")["count"] == 0:
            quiet += 1
        else:
            quiet = 0
        if time.time() - started > limit_seconds:
            raise TrialError("jobs still due after %d s" % limit_seconds)
        time.sleep(2)
    return time.time() - started


PER_CASE = """
SELECT c.case_number,
  (SELECT COUNT(*) FROM audit_event a WHERE a.case_number = c.case_number AND a.event = 'SOL_WARNING'
      AND a.detail LIKE 'SOL 24 MONTHS%'),
  (SELECT COUNT(*) FROM audit_event a WHERE a.case_number = c.case_number AND a.event = 'SOL_WARNING'
      AND a.detail LIKE 'SOL 12 MONTHS%'),
  (SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
      WHERE p.BUSINESS_KEY_ = c.case_number AND t.TASK_DEF_KEY_ = 'Task_CounselDecideBeforeSol'),
  (SELECT COUNT(*) FROM audit_event a WHERE a.case_number = c.case_number AND a.event = 'PENALTY_PROPOSED'),
  (SELECT COUNT(*) FROM notice n WHERE n.case_id = c.id),
  (SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = c.case_number
      AND p.PROC_DEF_KEY_ = 'PenaltyCaseProcess')
FROM case_file c WHERE c.family = 'PENALTY'
"""
PER_CASE_NAMES = ["24-month warning", "12-month warning", "counsel task (180 days)", "proposal",
                  "notice", "process instance"]


def run(db, launcher, schema, cases_per_client=10, double_completions=5):
    checks = Checks(NAME)
    node_a = Node(launcher, schema, "node-a", ["--camunda.bpm.generic-properties.properties.hostname=trial-node-a"])
    node_b = Node(launcher, schema, "node-b", ["--camunda.bpm.generic-properties.properties.hostname=trial-node-b"])
    node_a.start()
    node_b.start()
    seed(node_a)
    party_id = new_party(node_b)
    for node in (node_a, node_b):
        status, health = http("GET", node.base + "/actuator/health", "admin")
        executor = (health or {}).get("components", {}).get("jobExecutor", {}).get("status")
        checks.equal("%s: job executor health" % node.name, executor, "UP")

    # 1. openings on both nodes at once
    started = time.time()
    batches = parallel([lambda n=n, u=u, k=k: open_cases(n, u, party_id, cases_per_client, k * cases_per_client)
                        for k, (n, u) in enumerate([(node_a, "officer1"), (node_a, "officer3"),
                                                    (node_b, "officer1"), (node_b, "officer3")])])
    cases = [c for batch in batches for c in batch]
    numbers = [c["caseNumber"] for c in cases]
    log("%d cases opened on two nodes in %.1f s" % (len(cases), time.time() - started))
    checks.equal("openings answered 201", len(cases), 4 * cases_per_client)
    checks.equal("duplicate case numbers", len(numbers) - len(set(numbers)), 0)

    # 2. completions alternating the nodes (while the timers run)
    results = parallel([lambda i=i, c=c: complete(node_a if i % 2 == 0 else node_b,
                                                  "officer1" if i % 2 == 0 else "officer3", first_task(c), 3)
                        for i, c in enumerate(cases)])
    checks.equal("completions answered 204", sum(1 for s, _ in results if s == 204), len(cases))
    checks.info("completions retried after a 409 (a timer job of the same case was first)",
                sum(1 for _, a in results if a > 0))

    # 3. double completions across the nodes
    outcomes, raced = [], []
    for i in range(double_completions):
        case = Api(node_a, "officer1").post("/api/v1/penalty-cases", penalty_case_body(party_id), expect=(201,))
        raced.append(case["caseNumber"])
        outcomes.append(double_completion(node_a, node_b, case))
    clean = sum(1 for o in outcomes if o == [204, 409])
    checks.equal("double completions giving exactly one 204 and one 409", clean, double_completions)
    if clean != double_completions:
        checks.info("double completion outcomes", outcomes)

    # 4. once the job executors are done
    quiet = wait_for_quiet_jobs(node_a)
    log("no job due any more (%.0f s after the last completion)" % quiet)
    per_case = {row[0]: row[1:] for row in db.rows(PER_CASE, schema)}
    checks.equal("cases counted", len(per_case), len(numbers) + len(raced))
    for k, name in enumerate(PER_CASE_NAMES):
        # the raced cases have no timer due: they count only proposal, notice and process instance
        expected = {n: "1" for n in numbers}
        expected.update({n: ("1" if k >= 3 else "0") for n in raced})
        wrong = [n for n, want in expected.items() if per_case.get(n, [None] * 6)[k] != want]
        checks.expect("cases without exactly one %s" % name if k >= 3 else
                      "timer cases without exactly one %s (raced cases: none)" % name,
                      len(wrong) if not wrong else "%d, e.g. %s" % (len(wrong), wrong[:3]), not wrong)
    timers_twice = db.scalar("""SELECT COUNT(*) FROM (SELECT PROCESS_INSTANCE_ID_, ACT_ID_ FROM ACT_HI_JOB_LOG
                                WHERE JOB_DEF_TYPE_ LIKE 'timer%' AND JOB_STATE_ = 2
                                GROUP BY PROCESS_INSTANCE_ID_, ACT_ID_ HAVING COUNT(*) > 1) twice""", schema)
    timer_runs = db.scalar("""SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ LIKE 'timer%'
                              AND JOB_STATE_ = 2""", schema)
    duplicate_audit = db.scalar("""SELECT COUNT(*) FROM (SELECT 1 FROM audit_event WHERE case_number IS NOT NULL
                                   GROUP BY case_number, event, detail, reason HAVING COUNT(*) > 1) d""", schema)
    admin = Api(node_a, "admin")
    failed_jobs = admin.get("/engine-rest/job/count?withException=true")["count"]
    incidents = admin.get("/engine-rest/incident/count")["count"]
    checks.info("timer jobs run", timer_runs)
    checks.equal("timer jobs that ran twice", timers_twice, 0)
    checks.equal("duplicate audit rows", duplicate_audit, 0)
    checks.equal("failed jobs", failed_jobs, 0)
    checks.equal("incidents", incidents, 0)
    checks.info("job failures logged and retried (e.g. optimistic locking between the nodes)",
                db.scalar("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1", schema))
    hosts = db.rows("""SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2
                       GROUP BY HOSTNAME_ ORDER BY HOSTNAME_""", schema)
    checks.expect("the job log names the node that ran each job",
                  ", ".join("%s: %s" % (h, n) for h, n in hosts),
                  hosts and all(h in ("trial-node-a", "trial-node-b") for h, _ in hosts))
    checks.info("start times s", "node A %.0f, node B %.0f" % (node_a.start_seconds[0], node_b.start_seconds[0]))
    node_a.kill()
    node_b.kill()
    return checks
