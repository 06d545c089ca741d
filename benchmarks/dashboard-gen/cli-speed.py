"""Side-by-side wall time of `dashboard-gen generate` and SLIC Watch's macro on the same inputs (issue 19).

Every run is a new process (JVM or node start included). Rounds interleave every command of every input,
in an order that rotates each round, so load changes on a shared machine favour none. Started by
run-cli-speed.sh, which prepares SLIC Watch and the jar; prints a Markdown section.

    python3 cli-speed.py --work DIR --jar JAR --launcher BIN --slic-watch DIR --rounds 15 --out cli-speed.md
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SLIC_WATCH = "SLIC Watch 2.1.3 macro (node)"
SLIC_CORE = "SLIC Watch 2.1.3, alarms and dashboard only (node, --core-only)"
DEFAULT = "ours, java -jar (default flags)"
FLAGS = "ours, start-up flags only (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)"
CDS = "ours, AppCDS archive only"
LAUNCHER = "ours, bin/dashboard-gen (flags + AppCDS)"

# Changes in the jar itself, so every command above has them: measured by hand when they were made (issue 19).
CODE_LEVERS = [
    "Levers inside the jar (every command above has them; measured by hand when made, on the loaded machine):", "",
    "- **Lazy subcommands** (`cli/Subcommands.java`): picocli builds the model of every subcommand it is given; "
    "a run naming one gets only that one. Building `new CommandLine(new Main())` with all seven took 124–147 ms "
    "even after a first `CommandLine` had loaded picocli (3 runs of a probe: `java -XX:TieredStopAtLevel=1 "
    "-XX:+UseSerialGC -cp dashboard-gen.jar Probe.java`); picocli 4.7 ships Java 5 class files, which CDS "
    "cannot archive, so its classes are read and verified from the jar on every run.",
    "- **Dashboard details were quadratic** (`dashboard/ResourceSections.java`): every graph of every resource "
    "scanned every alarm; at 400 functions that was 23 of 116 execution samples (`JAVA_OPTS=-XX:StartFlightRecording="
    "filename=g.jfr,settings=profile dashboard-gen/bin/dashboard-gen generate --template "
    "benchmarks/target/cli-speed/generated-400-functions.yaml --out /tmp/g`, then `jfr print --events "
    "jdk.ExecutionSample g.jfr`). Alarms are now grouped by resource once; output unchanged (golden tests).",
    "- **The 400-function path** (`generate/ServiceInputs.java`, `generate/Generator.java`, `stacks/`, "
    "`template/JsonSize.java`, `naming/Names.java`): with `--alarm-style auto` a service beyond a stack's 500 resources "
    "was generated twice from scratch, per resource and then with Metrics Insights alarms, reading the templates again; "
    "the first pass was 34% of execution samples and the nested-stack split 33% (448 samples over 3 runs of the JFR "
    "command above, revision 9fb2a1d). Now the templates, config and discovery are read once, and the per-resource pass "
    "stops once the service's resources and its alarms alone exceed 500 (nothing after alarm planning can fail, so the "
    "output is the same); sizes are counted while serializing instead of building strings; nested-stack references are "
    "found without copying each resource three times or a regular expression over the dashboard bodies; each nested "
    "template is serialized once for its size check and for writing; names compile their patterns once. Output "
    "byte-identical (golden tests; and, file by file before and after, the outputs of examples/template.yaml, of "
    "generated 120- and 1,600-function templates, and of the 400-function one in each alarm style and in standalone mode).",
    "- **The 400-function path, second pass** (issue 19 point 9; `generate/Generator.java`, "
    "`template/JsonSize.java`, `stacks/`, `output/OutputWriter.java`, `dashboard-gen/pom.xml`): profiled with JFR at 1 ms "
    "sampling (`-XX:StartFlightRecording` with `jdk.ExecutionSample#period=1 ms`, 3-4 runs of the 400-function template) "
    "and per-thread CPU with `perf record -e task-clock`. With `--alarm-style auto`, the per-resource pass stops before "
    "planning alarms when the service's own resources already exceed a stack (it was 12% of samples); sizes are counted "
    "from the JSON tree instead of by serializing with Jackson (9%; exact, compared with Jackson on every corpus "
    "template in `JsonSizeTest`); javac's `-XDstringConcat=inline` (string concatenation had spun 172 method-handle "
    "classes per run, 3.5% of samples in their bootstrap); the nested stacks' parameter count kept incrementally, "
    "each candidate's references and conditions read once, one shared largest replacement (17 MB less garbage), only "
    "the resources that stay in the parent copied; nested templates serialized side by side on the two cores; query "
    "files write each log group's JSON once (5%); discovery sorts through a profile index map. The AppCDS training "
    "run also generates a 160-function service (`src/appcds`), so the classes of Metrics Insights alarms and nested "
    "stacks come from the archive. Main-thread CPU plus GC at 400 functions, loaded machine (load 6-10), 5 interleaved "
    "runs of bin/dashboard-gen: 2,066 ms at 43541a4, 1,634 ms at 40fe4af (before the side-by-side serialization); "
    "SLIC Watch's busiest thread 1,330 ms in the same runs. Output byte-identical: "
    "exit code, stdout, stderr and every file of 72 runs (63 corpus templates, every 8th by name; examples/template.yaml "
    "in both modes; generated 120-, 400- (auto, insights, per-resource, standalone, and its SAM-transformed JSON) and "
    "1,600-function templates) before and after.",
    "- **The third pass: what every run paid before its work** (issue 19 point 9; `cli/QuickGenerate.java`, "
    "`template/JsonText.java`, `input/YamlDocumentReader.java`, four records in `registry/` and `stacks/`): found with "
    "`perf record -e task-clock -g` per thread, `-Xlog:class+load` and `-Xlog:methodhandles+indy=debug` at 400 functions. "
    "Written by `JsonText` from the tree, the JSON files no longer need an `ObjectMapper` (its set-up, `StdDateFormat`'s "
    "static init and the tree serializers: 512 fewer classes; `JsonTextTest` holds the bytes to Jackson's on every corpus "
    "template); a plain `generate` command line is read without picocli, whose 170 Java 5 classes CDS cannot archive "
    "(help, other commands and any other form still go through picocli; `QuickGenerateTest`); YAML is composed without "
    "building a `Yaml`, whose constructor started java.util.logging (165 classes); `Fact`, `ResourceProfile`, "
    "`SloSignals` and `References.Target` write out equals and hashCode, whose `ObjectMethods` bootstraps spun 35 "
    "method-handle classes. Classes loaded at 400 functions 2,809 (229 not from the archive) to 1,666 (11). CPU (user + sys) "
    "of a 400-function run, loaded machine, 8 interleaved rounds: 2,340 ms before, 1,846 ms after (SLIC Watch's macro "
    "2,269 ms in the same rounds); service template 1,000 to 555 ms (SLIC Watch 1,510). Output byte-identical: exit "
    "code, stdout, stderr and every file of 530 runs in one JVM each way (all 497 corpus templates; examples/template.yaml "
    "and the 400-function template in each alarm style and standalone; its SAM-transformed JSON; 1,600 functions in two "
    "styles; the golden, guardrail and signals inputs; bad inputs) and of 29 command-line edge cases (only `--debug` "
    "stack frames differ).",
    "- **AppCDS at package time**: `./mvnw -B package -pl dashboard-gen -am` runs one `generate` of "
    "`examples/template.yaml` with `dashboard-gen/src/appcds/bulk-functions.yaml` (160 functions, `--one-service`) with "
    "`-XX:ArchiveClassesAtExit=target/dashboard-gen.jsa` (one short run; `-Ddashboard-gen.cds.skip` skips it).", ""]


def prepare(work, functions):
    """The two inputs: ours reads the SAM template, SLIC Watch the template after the SAM transform."""
    inputs = []
    generated = os.path.join(work, f"generated-{functions}-functions.yaml")
    if not os.path.exists(generated):
        subprocess.run([sys.executable, os.path.join(HERE, "gen-functions.py"), str(functions), generated], check=True)
    for label, sam in (("service template (examples/template.yaml)", os.path.join(ROOT, "examples", "template.yaml")),
                       (f"generated template, {functions} functions", generated)):
        expanded = os.path.join(work, os.path.basename(sam).replace(".yaml", "") + ".expanded.json")
        if not os.path.exists(expanded) or os.path.getmtime(expanded) < os.path.getmtime(sam):
            subprocess.run([sys.executable, os.path.join(HERE, "sam-to-cfn.py"), sam, expanded], check=True)
        inputs.append((label, sam, expanded))
    return inputs


def commands(args):
    """Name -> (argv before the input, reads SAM?). Ours: the jar as is, each lever alone, then the launcher."""
    java = shutil.which("java")
    flags = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    cds = ["-XX:SharedArchiveFile=" + args.archive, "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr"]
    ours = {
        DEFAULT: [java, "-jar", args.jar],
        FLAGS: [java, *flags, "-jar", args.jar],
        CDS: [java, *cds, "-jar", args.jar],
        LAUNCHER: [args.launcher],
    }
    macro = [shutil.which("node"), os.path.join(HERE, "slic-watch-macro.js")]
    table = {SLIC_WATCH: (macro, False), SLIC_CORE: (macro + ["--core-only"], False)}
    for name, argv in ours.items():
        if name in args.skip:
            continue
        table[name] = (argv + ["generate"], True)
    return table


def run_once(argv, reads_sam, sam, expanded, out, env):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    full = argv + (["--template", sam, "--out", out] if reads_sam else [expanded, os.path.join(out, "out.json")])
    start = time.perf_counter()
    done = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise SystemExit(f"exit {done.returncode}: {' '.join(full)}\n{done.stderr.decode()[-2000:]}")
    return elapsed


def quartiles(samples):
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else ordered * 3
    return statistics.median(ordered), q[0], q[2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--jar", required=True)
    parser.add_argument("--archive", required=True)
    parser.add_argument("--launcher", required=True)
    parser.add_argument("--slic-watch", required=True, help="directory holding node_modules with slic-watch-core")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--functions", type=int, default=400)
    parser.add_argument("--skip", action="append", default=[])
    parser.add_argument("--command", default="benchmarks/dashboard-gen/run-cli-speed.sh")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    inputs = prepare(args.work, args.functions)
    table = commands(args)
    env = dict(os.environ, NODE_PATH=os.path.join(args.slic_watch, "node_modules"))
    names = list(table)
    samples = {(label, name): [] for label, _, _ in inputs for name in names}
    load_before = os.getloadavg()
    for round_no in range(args.warmup + args.rounds):
        shift = round_no % len(names)
        order = names[shift:] + names[:shift]
        for label, sam, expanded in inputs:
            for name in order:
                argv, reads_sam = table[name]
                ms = run_once(argv, reads_sam, sam, expanded, os.path.join(args.work, "out"), env)
                if round_no >= args.warmup:
                    samples[(label, name)].append(ms)
        print(f"cli-speed: round {round_no + 1}/{args.warmup + args.rounds} done", file=sys.stderr)
    load_after = os.getloadavg()
    classes = class_counts(table, inputs[0], os.path.join(args.work, "out"), env)
    write(args, inputs, names, samples, load_before, load_after, classes)


def class_counts(table, service, out, env):
    """Classes each of our commands loads on the service template, and how many came from a CDS archive."""
    counts = {}
    label, sam, expanded = service
    for name, (argv, reads_sam) in table.items():
        if not reads_sam:
            continue
        log = os.path.join(os.path.dirname(out), "classes.log")
        option = "-Xlog:class+load:file=" + log
        launcher = argv[0].endswith("bin/dashboard-gen")
        run_env = dict(env, JAVA_OPTS=option) if launcher else env
        # Before -jar: after any -Xlog:disable of the command's own flags.
        at = len(argv) if launcher else argv.index("-jar")
        run_once(argv[:at] + [option] + argv[at:] if not launcher else argv, reads_sam, sam, expanded, out, run_env)
        with open(log, encoding="utf-8") as f:
            lines = f.read().splitlines()
        counts[name] = (len(lines), sum("shared objects file" in line for line in lines))
    return counts


def version(argv):
    done = subprocess.run(argv, capture_output=True, text=True)
    return (done.stdout + done.stderr).strip().splitlines()[0]


def write(args, inputs, names, samples, load_before, load_after, classes):
    lines = ["## dashboard-gen vs SLIC Watch, whole process (issue 19)", "",
             f"Command: `{args.command}`. {args.rounds} rounds after {args.warmup} warm-up rounds; every run a new "
             "process; rounds interleave all commands on both inputs, the order rotating each round.",
             f"Machine: {os.cpu_count()} CPUs, {platform.platform()}; {version(['java', '-version'])}; "
             f"node {version(['node', '--version'])}. Load average (1, 5, 15 min) at the start "
             f"{', '.join('%.2f' % x for x in load_before)}, at the end {', '.join('%.2f' % x for x in load_after)}.",
             "", "SLIC Watch gets the template after the SAM transform (what its macro receives; transformed once "
             "beforehand with aws-sam-translator, not timed); ours reads the SAM template. Both write their "
             "output to files.", "",
             "SLIC Watch's macro compiles its config schema with Ajv on every invocation, most of its time here; "
             "`--core-only` leaves that and the macro's two pino logs out, as a stricter reference.", "",
             "| Input | Command | Wall, ms: median [p25–p75] | / SLIC Watch macro | / SLIC Watch core only |",
             "|---|---|---|---|---|"]
    for label, _, _ in inputs:
        macro = statistics.median(samples[(label, SLIC_WATCH)])
        core = statistics.median(samples[(label, SLIC_CORE)])
        for name in names:
            median, p25, p75 = quartiles(samples[(label, name)])
            ratios = "— | —" if name in (SLIC_WATCH, SLIC_CORE) else "%.2fx | %.2fx" % (median / macro, median / core)
            lines.append(f"| {label} | {name} | {median:.0f} [{p25:.0f}–{p75:.0f}] | {ratios} |")
    lines += ["", "Levers, from the medians above (lower is better):", "",
              "| Input | Start-up flags alone | AppCDS archive alone | Both (bin/dashboard-gen) |", "|---|---|---|---|"]
    for label, _, _ in inputs:
        base = statistics.median(samples[(label, DEFAULT)])
        cells = [("%.2fx" % (statistics.median(samples[(label, name)]) / base)) if (label, name) in samples else "—"
                 for name in (FLAGS, CDS, LAUNCHER)]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", "Classes loaded by one `generate` of the service template (`-Xlog:class+load`): "
              + "; ".join(f"{name}: {total} ({shared} from a CDS archive)" for name, (total, shared) in classes.items())
              + ".", ""]
    lines += CODE_LEVERS
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
