"""The crash and two-node trials: see trials/run and the README's "Trials" section.

Each trial gets a fresh schema fpf_trial_<name>, starts the built jar with `java -jar` on the mysql profile, seeds
offices and users through the API, does its work, kills and restarts nodes, and checks counts through the API and
SQL. Prints a table per trial; the exit status is 0 only when every check of every trial held.
"""

import argparse
import atexit
import os
import sys
import time
import traceback

import crash_import
import crash_intake
import two_nodes
from harness import Database, Launcher, Node, TrialError, ensure_dirs, fatal, log

TRIALS = ["crash-intake", "crash-import", "two-nodes"]


def main():
    parser = argparse.ArgumentParser(prog="trials/run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trials", nargs="*", metavar="TRIAL", help="%s (default: all)" % ", ".join(TRIALS))
    parser.add_argument("--rounds", type=int, default=3, help="crash-intake: kill -9 rounds (default 3)")
    parser.add_argument("--clients", type=int, default=4, help="crash-intake: parallel clients (default 4)")
    parser.add_argument("--kill-after", default="4-10",
                        help="crash-intake: kill after a random MIN-MAX seconds (default 4-10)")
    parser.add_argument("--lines", type=int, default=3000, help="crash-import: breaches in the file (default 3000)")
    parser.add_argument("--cases", type=int, default=10,
                        help="two-nodes: cases per client, 4 clients (default 10)")
    parser.add_argument("--doubles", type=int, default=5, help="two-nodes: double completions (default 5)")
    parser.add_argument("--seed", type=int, default=None, help="random seed of the kill times")
    parser.add_argument("--no-cds", action="store_true", help="start the jar as it is, without a CDS archive")
    args = parser.parse_args()
    chosen = args.trials or TRIALS
    for name in chosen:
        if name not in TRIALS:
            parser.error("no trial '%s'; the trials are %s" % (name, ", ".join(TRIALS)))
    kill_min, kill_max = (float(x) for x in args.kill_after.split("-"))
    seed_value = args.seed if args.seed is not None else int(time.time()) % 100000

    ensure_dirs()
    atexit.register(Node.kill_all)
    db = Database()
    prefix = os.environ.get("TRIAL_SCHEMA_PREFIX", "fpf_trial")
    schemas = {name: "%s_%s" % (prefix, name.replace("-", "_")) for name in chosen}
    try:
        db.execute("SELECT 1")
        launcher = Launcher(db, use_cds=not args.no_cds)
    except TrialError as e:
        fatal(str(e))

    log("jar %s; trials %s; kill seed %d" % (os.path.relpath(launcher.jar), ", ".join(chosen), seed_value))
    everything = time.time()
    for schema in schemas.values():
        db.fresh_schema(schema)
    launcher.prepare(train_on_schema=schemas[chosen[0]])

    results, timings = [], []
    for name in chosen:
        started = time.time()
        log("---- trial %s on schema %s" % (name, schemas[name]))
        try:
            if name == "crash-intake":
                checks = crash_intake.run(db, launcher, schemas[name], args.rounds, args.clients, kill_min, kill_max,
                                          seed_value)
            elif name == "crash-import":
                checks = crash_import.run(db, launcher, schemas[name], args.lines)
            else:
                checks = two_nodes.run(db, launcher, schemas[name], args.cases, args.doubles)
        except TrialError as e:
            Node.kill_all()
            print("\n== %s ==\n  FAIL could not be carried out: %s\n" % (name, e), flush=True)
            results.append((name, None))
        except Exception:  # a bug of the trial itself
            Node.kill_all()
            traceback.print_exc()
            results.append((name, None))
        else:
            checks.print()
            results.append((name, checks))
        timings.append((name, time.time() - started))

    print("== summary ==")
    ok = True
    for (name, checks), (_, seconds) in zip(results, timings):
        if checks is None:
            verdict, ok = "NOT CARRIED OUT", False
        elif checks.failed():
            verdict, ok = "FAILED: " + "; ".join(n for n, _, _ in checks.failed()), False
        else:
            verdict = "passed"
        print("  %-13s %5.0f s  %s" % (name, seconds, verdict))
    print("  %-13s %5.0f s  (logs under target/trials/logs)" % ("all", time.time() - everything), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
