#!/usr/bin/env python3
"""Conformance test: run the seed pages' own request examples against the real sandbox.

The Python, JavaScript and cURL examples are extracted from the seed pages (plain text) at test
time, never copied into the repository. Only the documented placeholders are filled in
(<base_url>, <your_email>, <your_password>, <access_token>, <path_to_image>,
<base64_encoded_image_data>, <path_to_your_image_folder>); an observation epilogue is appended
so the answer can be checked. Every other deviation from the page text is listed here and in
README.md beside this file:

  * Python: the pages lost their indentation (HTML to text). It is restored before running, and
    the restored code is checked to differ from the page text in whitespace only.
  * JavaScript: the examples use top-level `await` with `require` (CommonJS), so each is wrapped
    in an async IIFE. A prologue wraps `fetch` to record each HTTP status, and (for the login
    example, which logs its answer itself inside `.then`) makes `console.log` of an object print
    JSON instead of Node's inspect format. The example's own statements are untouched.
  * cURL: run with bash as printed. CURL_HOME points at a temporary .curlrc that adds
    `--silent --show-error` and a `--write-out` status line (configuration, not the command).
    A `-d '<json>'` argument longer than one argv string may be (128 KiB) is written to a file
    and passed as `-d @file` with the same JSON: the only edit ever made to a command, and only
    when it is needed (never for the default psoriasis_01.jpg).

Standard library only, plus `requests` (the Python examples import it themselves).
Prints one line per example, `PASS python login [003]` or `FAIL curl diagnosis-support [004]:
reason`, then `N passed, N failed`; exits non-zero when anything failed or was not found.
"""

import argparse
import ast
import base64
import glob
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import tokenize

# ---------------------------------------------------------------------------------------------
# What the seed pages must contain. A missing example is a failure, never a silent pass.

EXPECTED = {
    "003": {
        "login": ("python", "javascript", "curl"),
        "diagnosis-support": ("python", "javascript", "curl"),
        "severity-manual": ("python", "javascript", "curl"),
        "severity-local": ("python", "javascript", "curl"),
        "severity-global": ("python", "javascript"),  # the page has no cURL for this one
    },
    "004": {
        "diagnosis-support": ("python", "javascript", "curl"),
    },
}

ENDPOINTS = [  # (name, path as written in the examples)
    ("login", "/login"),
    ("diagnosis-support", "/diagnosis-support"),
    ("severity-manual", "/severity-assessment/manual"),
    ("severity-local", "/severity-assessment/automatic/local"),
    ("severity-global", "/severity-assessment/automatic/global"),
]

LABELS = {"Python": "python", "JavaScript": "javascript", "cURL": "curl"}
LANG_ORDER = ("python", "javascript", "curl")
USER = "demo@dermaview.invalid"
PASSWORD = "sandbox"
PLACEHOLDER_RE = re.compile(r"<[A-Za-z][A-Za-z0-9_]*>")
ARG_MAX_STRLEN = 128 * 1024  # Linux MAX_ARG_STRLEN: the longest single argv string
EXAMPLE_TIMEOUT = 120


class ExtractionError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Python: restore the indentation the text rendering dropped.

def _python_statements(lines):
    """Groups physical lines into logical statements with Python's own tokenizer.

    Returns [(kind, first_line, last_line, string_continuation_rows)], kind 'stmt' or 'comment'.
    Raises on input that does not tokenize (an unfinished prefix, or not Python).
    """
    src = "\n".join(lines) + "\n"
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    groups, start, cont_rows = [], None, set()
    for tok in toks:
        if tok.type in (tokenize.INDENT, tokenize.DEDENT):
            continue  # only possible if a page kept some indentation; recomputed anyway
        if tok.type == tokenize.ENDMARKER:
            break
        if start is None:
            if tok.type in (tokenize.NL, tokenize.NEWLINE):
                if tok.start[1] == 0 or not lines[tok.start[0] - 1].strip():
                    groups.append(("blank", tok.start[0], tok.start[0], set()))
                continue
            if tok.type == tokenize.COMMENT:
                groups.append(("comment", tok.start[0], tok.start[0], set()))
                continue
            start = tok.start[0]
        if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
            cont_rows.update(range(tok.start[0] + 1, tok.end[0] + 1))
        if tok.type == tokenize.NEWLINE:
            groups.append(("stmt", start, tok.start[0], cont_rows))
            start, cont_rows = None, set()
    if start is not None:
        raise SyntaxError("unfinished statement")
    return groups


def _names(node, ctx):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ctx)}


def _header_and_binds(text):
    """(is_block_header, names bound, names used) for one logical statement."""
    stripped = text.rstrip()
    header = False
    try:
        tree = ast.parse(text)
    except SyntaxError:
        # a compound statement's header alone: give it an empty body to parse it
        tree = ast.parse(text + "\n    pass")
        header = True
    node = tree.body[0]
    if header:
        if not isinstance(node, (ast.For, ast.With, ast.If, ast.While)):
            raise ExtractionError("unsupported compound statement: " + stripped.splitlines()[0])
        if isinstance(node, ast.For):
            bound = _names(node.target, ast.Store)
            used = _names(node.iter, ast.Load)
        elif isinstance(node, ast.With):
            bound = set().union(*[_names(i.optional_vars, ast.Store)
                                  for i in node.items if i.optional_vars is not None])
            used = set().union(*[_names(i.context_expr, ast.Load) for i in node.items])
        else:
            bound, used = set(), _names(node.test, ast.Load)
        return True, bound, used
    bound = _names(node, ast.Store)
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        bound |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return False, bound, _names(node, ast.Load)


def reindent_python(lines):
    """Restores block indentation lost in the page text; returns the code or raises.

    Rule: the statement after a block header (`for`, `with`, `if`, `while`) is in the block; a
    later statement stays in the innermost open block while it uses a name that block binds,
    otherwise the block closes. A `with` block binds only its `as` target (the resource: the
    block ends once the file is no longer read); a loop or `if` binds its target and every name
    assigned inside it (the body goes on while statements depend on the iteration). This gives
    the examples' evident layout: `with open(...) as f:` holds the one line that reads `f`, and
    `for body_site in ...:` holds everything up to the statement that uses only `items`.
    The result must compile and differ from the page text in whitespace only.
    """
    lines = [ln.strip() for ln in lines]
    groups = _python_statements(lines)
    out = list(lines)
    stack = []          # open blocks: (is_with, set of names bound in them)
    pending_body = False
    for kind, first, last, cont in groups:
        if kind != "stmt":
            continue
        text = "\n".join(lines[first - 1:last])
        is_header, bound, used = _header_and_binds(text)
        if pending_body:
            pending_body = False
        else:
            while stack and not (used & stack[-1][1]):
                stack.pop()
        indent = "    " * len(stack)
        for row in range(first, last + 1):
            if row not in cont and out[row - 1]:
                out[row - 1] = indent + out[row - 1]
        for is_with, names in stack:
            if not is_with:
                names |= bound
        if is_header:
            stack.append((text.startswith("with"), set(bound)))
            pending_body = True
    if pending_body:
        raise SyntaxError("block header without a body")
    code = "\n".join(out) + "\n"
    compile(code, "<seed example>", "exec")
    if re.sub(r"\s", "", code) != re.sub(r"\s", "", "\n".join(lines)):
        raise ExtractionError("re-indentation changed more than whitespace")
    return code


def python_block(lines):
    """The longest prefix of `lines` that is a complete Python program; (code, n_lines)."""
    for k in range(len(lines), 0, -1):
        if not lines[k - 1].strip():
            continue
        try:
            code = reindent_python(lines[:k])
        except (SyntaxError, tokenize.TokenError, IndentationError, ExtractionError,
                ValueError):
            continue
        # a prose line that happens to parse ("Troubleshooting" is a valid expression
        # statement) is not code: nobody writes a bare name as a statement
        if any(isinstance(n, ast.Expr) and isinstance(n.value, ast.Name)
               for n in ast.walk(ast.parse(code))):
            continue
        if not re.search(r"\brequests\.\w+\(", code):
            continue  # not (yet) the whole example: it makes no request
        return code, k
    raise ExtractionError("no Python example (making a request) where one is labelled")


# ---------------------------------------------------------------------------------------------
# JavaScript: the longest prefix that compiles (as the body of an async function) under node.

JS_PREFIX_FINDER = r"""
const vm = require("vm");
const lines = JSON.parse(require("fs").readFileSync(0, "utf8"));
let best = 0;
for (let m = lines.length; m > 0; m--) {
  // an example ends where a statement ends; a prose word after it ("Troubleshooting") would
  // otherwise parse as an expression statement through automatic semicolon insertion
  if (!/[;)}]\s*(\/\/.*)?$/.test(lines[m - 1])) continue;
  try {
    new vm.Script("(async () => {\n" + lines.slice(0, m).join("\n") + "\n})()");
    best = m;
    break;
  } catch (e) { /* not a complete program yet */ }
}
process.stdout.write(JSON.stringify(best));
"""


def javascript_block(lines, node):
    res = subprocess.run([node, "-e", JS_PREFIX_FINDER], input=json.dumps(lines),
                         capture_output=True, text=True, timeout=60)
    if res.returncode != 0:
        raise ExtractionError("node could not check JavaScript: " + res.stderr.strip()[-300:])
    m = json.loads(res.stdout)
    if m == 0 or "fetch(" not in "\n".join(lines[:m]):
        raise ExtractionError("no JavaScript example (making a fetch) where one is labelled")
    return "\n".join(lines[:m]) + "\n", m


# ---------------------------------------------------------------------------------------------
# cURL: leading `#` comment lines, then one shell command (backslash continuations, quotes).

def curl_block(lines):
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start = i
    while i < len(lines) and lines[i].lstrip().startswith("#"):
        i += 1
    if i >= len(lines) or not re.match(r"\s*curl(\s|$)", lines[i]):
        raise ExtractionError("no cURL command where one is labelled")
    j = i
    while True:
        text = "\n".join(lines[i:j + 1])
        complete = not lines[j].rstrip().endswith("\\")
        if complete:
            try:
                shlex.split(text)
            except ValueError:  # an open quote: the command goes on
                complete = False
        if complete:
            break
        j += 1
        if j >= len(lines):
            raise ExtractionError("cURL command never ends")
    code = "\n".join(lines[start:j + 1]) + "\n"
    res = subprocess.run(["bash", "-n"], input=code, capture_output=True, text=True)
    if res.returncode != 0:
        raise ExtractionError("cURL example is not valid shell: " + res.stderr.strip())
    return code, j + 1


# ---------------------------------------------------------------------------------------------

def endpoint_of(code):
    # the path as appended to the base URL: f"{path}/login", `${baseUrl}/...`, "<base_url>/..."
    # (not "obtained from /login endpoint" in a comment)
    found = {name for name, path in ENDPOINTS
             if re.search(r"(?:\}|<base_url>)" + re.escape(path) + r"(?![\w/-])", code)}
    if len(found) != 1:
        raise ExtractionError("cannot tell the endpoint (found %s)" % (sorted(found) or "none"))
    return found.pop()


def extract(page_path, node):
    """[(endpoint, language, code)] and [problems] for one seed page."""
    with open(page_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    label_re = re.compile(r"^\s*-\s*(Python|JavaScript|cURL)\s*$")
    runs, i = [], 0
    while i < len(lines):
        langs, j = [], i
        while j < len(lines) and label_re.match(lines[j]):
            langs.append(LABELS[label_re.match(lines[j]).group(1)])
            j += 1
        if len(langs) >= 2:
            runs.append((i, j, langs))
            i = j
        else:
            i += 1
    examples, problems = [], []
    for n, (_, body_start, langs) in enumerate(runs):
        body_end = runs[n + 1][0] if n + 1 < len(runs) else len(lines)
        if [l for l in LANG_ORDER if l in langs] != langs:
            problems.append("tab labels out of the expected order at line %d: %s"
                            % (body_start, langs))
            continue
        pos, section = body_start, []
        try:
            for lang in langs:
                rest = lines[pos:body_end]
                if lang == "python":
                    code, used = python_block(rest)
                elif lang == "javascript":
                    code, used = javascript_block(rest, node)
                else:
                    code, used = curl_block(rest)
                section.append((endpoint_of(code), lang, code))
                pos += used
        except ExtractionError as e:
            problems.append("section at line %d (%s): %s" % (body_start + 1, "/".join(langs), e))
        endpoints = {ep for ep, _, _ in section}
        if len(endpoints) > 1:
            problems.append("section at line %d mixes endpoints %s"
                            % (body_start + 1, sorted(endpoints)))
        examples.extend(section)
    return examples, problems


# ---------------------------------------------------------------------------------------------
# Filling in placeholders and running.

def fill(code, values):
    for key, value in values.items():
        if value is not None:
            code = code.replace("<%s>" % key, value)
    left = sorted(set(PLACEHOLDER_RE.findall(code)))
    if left:
        raise ExtractionError("placeholder(s) left unfilled: " + ", ".join(left))
    return code


def safe_value(name, value):
    # Values go inside the examples' "..." / '...' literals: refuse anything needing escaping.
    if re.search(r"[\"'`\\$\s]", value):
        raise ExtractionError("%s cannot be filled in literally: %r" % (name, value[:60]))
    return value


def python_program(code):
    tree = ast.parse(code)
    assigned = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                assigned |= _names(t, ast.Store)
    resp = next((v for v in ("response", "resp") if v in assigned), None)
    if resp is None:
        raise ExtractionError("Python example assigns no response/resp")
    body = "result" if "result" in assigned else resp + ".json()"
    return (code + "\n# --- conformance epilogue: observe the answer ---\n"
            "import json as _j\n"
            "print('\\n@@DV-STATUS@@', %s.status_code)\n"
            "print('@@DV-RESULT@@' + _j.dumps(%s))\n" % (resp, body))


def javascript_program(code):
    has_result = re.search(r"\b(const|let|var)\s+result\b", code) is not None
    prologue = (
        "// --- conformance prologue: record statuses; objects logged as JSON ---\n"
        "const __dvLog = console.log;\n"
        "const __dvFetch = globalThis.fetch;\n"
        "globalThis.fetch = async (...a) => { const r = await __dvFetch(...a);"
        " __dvLog('@@DV-STATUS@@ ' + r.status); return r; };\n")
    if not has_result:  # e.g. login: `.then((data) => { console.log(data); })`
        prologue += ("console.log = (...a) => __dvLog(...a.map((x) => x !== null &&"
                     " typeof x === 'object' ? '@@DV-RESULT@@' + JSON.stringify(x) : x));\n")
    epilogue = ("\n// --- conformance epilogue ---\n"
                "console.log('@@DV-RESULT@@' + JSON.stringify(result));\n" if has_result else "")
    return (prologue + "(async () => {\n" + code + epilogue +
            "})().catch((e) => { console.error(e); process.exit(1); });\n")


def curl_program(code, tmp, name):
    """The command as printed, except a -d '<json>' too long for argv goes through a file."""
    m = re.search(r"(-d|--data)\s+'([^']*)'", code)
    if m and len(m.group(2).encode()) >= ARG_MAX_STRLEN - 1:
        body_file = os.path.join(tmp, name + ".body.json")
        with open(body_file, "w", encoding="utf-8") as f:
            f.write(m.group(2))  # the same JSON text (curl drops its newlines, JSON-neutral)
        code = code[:m.start()] + "%s @%s" % (m.group(1), shlex.quote(body_file)) + code[m.end():]
    return code


def parse_output(stdout):
    status, result = None, None
    for line in stdout.splitlines():
        if line.startswith("@@DV-STATUS@@"):
            try:
                status = int(line.split()[-1])
            except ValueError:
                pass
        elif line.startswith("@@DV-RESULT@@"):
            result = line[len("@@DV-RESULT@@"):]
    return status, result


def run_example(lang, program, tmp, name, env, python, node):
    path = os.path.join(tmp, name + {"python": ".py", "javascript": ".js", "curl": ".sh"}[lang])
    with open(path, "w", encoding="utf-8") as f:
        f.write(program)
    cmd = {"python": [python, path], "javascript": [node, path], "curl": ["bash", path]}[lang]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp,
                         timeout=EXAMPLE_TIMEOUT)
    if lang == "curl":
        # stdout is the body followed by the --write-out status line from .curlrc
        out = res.stdout
        status, body = None, out
        m = re.search(r"\n?@@DV-STATUS@@ (\d+)\s*$", out)
        if m:
            status, body = int(m.group(1)), out[:m.start()]
        return res, status, body.strip()
    status, body = parse_output(res.stdout)
    return res, status, body


# ---------------------------------------------------------------------------------------------
# What the answers must carry (seed pages 003, 004, 000).

def check_paths(doc, paths):
    """paths: 'a.b[].c' style; '[]' means a non-empty array, every element checked."""
    missing = []

    def walk(node, parts, where):
        if not parts:
            return
        part, rest = parts[0], parts[1:]
        is_list = part.endswith("[]")
        key = part[:-2] if is_list else part
        if not isinstance(node, dict) or node.get(key) is None:
            missing.append(where + key)
            return
        value = node[key]
        if is_list:
            if not isinstance(value, list) or not value:
                missing.append(where + key + "[] (empty or not an array)")
                return
            for n, item in enumerate(value):
                walk(item, rest, "%s%s[%d]." % (where, key, n))
        else:
            walk(value, rest, where + key + ".")

    for p in paths:
        walk(doc, p.split("."), "")
    return missing


ENVELOPE = ["resourceType", "identifier.use", "identifier.value", "status", "issued",
            "analysisDuration"]
CODING = ["system", "systemDisplay", "version", "code", "display"]
CLINICAL = ["hasCondition", "pigmentedLesion", "malignancy", "urgentReferral",
            "highPriorityReferral"]
MEDIA_VALIDITY = [
    "quality.acceptable", "quality.score", "quality.interpretation",
    "domain.isDermatological", "domain.additionalData.aiConfidence.value",
    "domain.additionalData.aiConfidence.code.coding[].systemDisplay",
    "domain.additionalData.aiConfidence.code.coding[].code",
    "domain.additionalData.aiConfidence.code.coding[].text",
    "modality.value", "modality.additionalData.aiConfidenceClinical.value",
    "modality.additionalData.aiConfidenceDermoscopic.value", "isValid",
]
HEATMAP = ["title", "contentType", "data", "height", "width", "colorModel"]
DIAGNOSIS = (
    ENVELOPE
    + ["category[].coding[].%s" % k for k in ("system", "systemDisplay", "code", "display")]
    + ["category[].text"]
    + ["code.coding[].%s" % k for k in ("system", "systemDisplay", "code", "display")]
    + ["code.text"]
    + ["performanceIndicator.%s" % k for k in ("sensitivity", "specificity", "entropy")]
    + ["clinicalIndicator.%s" % k for k in CLINICAL]
    + ["conclusion[].code.coding[].%s" % k for k in CODING]
    + ["conclusion[].code.text", "conclusion[].probability"]
    + ["imagingAnalysis[].mediaValidity.%s" % k for k in MEDIA_VALIDITY]
    + ["imagingAnalysis[].performanceIndicator.entropy"]
    + ["imagingAnalysis[].clinicalIndicator.%s" % k for k in CLINICAL]
    + ["imagingAnalysis[].conclusion[].code.coding[].%s" % k for k in CODING]
    + ["imagingAnalysis[].conclusion[].code.text", "imagingAnalysis[].conclusion[].probability"]
)
SEVERITY_CODE = {"severity-manual": "pure4", "severity-local": "apasi",
                 "severity-global": "avasi"}


def check_answer(endpoint, doc):
    """Problems with one parsed answer ([] when it carries everything documented)."""
    return list(dict.fromkeys(_check_answer(endpoint, doc)))  # each problem once, in order


def _check_answer(endpoint, doc):
    if not isinstance(doc, dict):
        return ["answer is not a JSON object"]
    if "detail" in doc:
        return ["error answer: detail=" + json.dumps(doc["detail"])[:300]]
    if endpoint == "login":
        problems = ["missing " + p for p in
                    check_paths(doc, ["access_token", "token_type", "expires_in_minutes"])]
        if not problems:
            if not isinstance(doc["access_token"], str) or not doc["access_token"]:
                problems.append("access_token is not a non-empty string")
            exp = doc["expires_in_minutes"]
            if not (isinstance(exp, (int, float)) or
                    (isinstance(exp, str) and re.fullmatch(r"\d+(\.\d+)?", exp))):
                problems.append("expires_in_minutes is neither a number nor a numeric string")
        return problems
    if endpoint == "diagnosis-support":
        problems = ["missing " + p for p in check_paths(doc, DIAGNOSIS)]
        # heat maps: the first 5 conclusions of every valid image carry one (seed 004, API notes)
        heatmaps = 0
        for n, image in enumerate(doc.get("imagingAnalysis") or []):
            if not isinstance(image, dict):
                continue
            if (image.get("mediaValidity") or {}).get("isValid") is not True:
                continue
            for c, concl in enumerate((image.get("conclusion") or [])[:5]):
                where = "imagingAnalysis[%d].conclusion[%d]." % (n, c)
                miss = check_paths(concl, ["explainability.heatMap.%s" % k for k in HEATMAP])
                problems += ["missing " + where + p for p in miss]
                heatmaps += not miss
        if heatmaps == 0:
            problems.append("no explainability.heatMap in any per-image conclusion")
    else:
        code = SEVERITY_CODE[endpoint]
        paths = ENVELOPE + ["patientEvolution." + code]
        if endpoint == "severity-local":
            paths += ["mediaValidity." + k for k in MEDIA_VALIDITY]
        problems = ["missing " + p for p in check_paths(doc, paths)]
    if doc.get("resourceType") not in (None, "DiagnosticReport"):
        problems.append("resourceType is %r, not DiagnosticReport" % doc.get("resourceType"))
    return problems


# ---------------------------------------------------------------------------------------------
# The sandbox.

class Sandbox:
    def __init__(self, binary, tmp):
        self.stderr_path = os.path.join(tmp, "sandbox.stderr")
        self._stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen(
            [binary, "--port", "0", "--user", USER, "--password", PASSWORD],
            stdout=subprocess.PIPE, stderr=self._stderr, text=True)
        first = []
        reader = threading.Thread(target=lambda: first.append(self.proc.stdout.readline()),
                                  daemon=True)
        reader.start()
        reader.join(30)
        line = first[0] if first else ""
        m = re.match(r"listening on (http://127\.0\.0\.1:\d+)\s*$", line)
        if not m:
            self.stop()
            raise RuntimeError("sandbox did not announce its URL (first line %r): %s"
                               % (line, self.stderr_tail()))
        self.url = m.group(1)
        # keep draining stdout so the server never blocks on a full pipe
        threading.Thread(target=lambda: [None for _ in self.proc.stdout], daemon=True).start()

    def stderr_tail(self, n=1500):
        try:
            with open(self.stderr_path, errors="replace") as f:
                return f.read()[-n:]
        except OSError:
            return ""

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()


def pick_python():
    """An interpreter with `requests` for the examples: Debian's (python3-requests) first."""
    for candidate in ("/usr/bin/python3", sys.executable, shutil.which("python3")):
        if candidate and subprocess.run([candidate, "-c", "import requests"],
                                        capture_output=True).returncode == 0:
            return candidate
    return None


def excerpt(text, n=400, tail=False):
    text = re.sub(r"\s+", " ", (text or "").strip())
    if len(text) <= n:
        return text
    return "..." + text[-n:] if tail else text[:n] + "..."


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sandbox", required=True, help="dermaview-sandbox executable")
    ap.add_argument("--seeds", required=True, help="folder of the seed pages (*.txt)")
    ap.add_argument("--images", required=True, help="folder of real skin photos")
    ap.add_argument("--image", default="psoriasis_01.jpg", help="photo for <path_to_image>")
    ap.add_argument("--global-image", default="vitiligo.jpg",
                    help="photo linked as every <bodySite>.jpg of the global example")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the programs run")
    args = ap.parse_args()

    results = []  # (ok, line)

    def report(ok, line):
        results.append(ok)
        print(("PASS " if ok else "FAIL ") + line, flush=True)

    node = shutil.which("node") or shutil.which("nodejs")
    python = pick_python()
    missing_tools = [t for t, v in (("node (Debian: nodejs)", node),
                                    ("python3 with requests (Debian: python3-requests)", python),
                                    ("curl", shutil.which("curl")),
                                    ("bash", shutil.which("bash"))) if not v]
    if missing_tools:
        print("FAIL setup: missing " + ", ".join(missing_tools))
        print("0 passed, 1 failed")
        return 1

    # ---- extraction -----------------------------------------------------------------------
    pages = sorted(glob.glob(os.path.join(args.seeds, "*.txt")))
    if not pages:
        print("FAIL setup: no seed pages in " + args.seeds)
        print("0 passed, 1 failed")
        return 1
    examples = []  # (page id, endpoint, lang, code)
    for page in pages:
        pid = os.path.basename(page).split("_")[0]
        found, problems = extract(page, node)
        for p in problems:
            report(False, "extract %s: %s" % (os.path.basename(page), p))
        examples += [(pid, ep, lang, code) for ep, lang, code in found]
        summary = ", ".join("%s/%s" % (ep, lang) for ep, lang, _ in found) or "none"
        print("# %s: %s" % (os.path.basename(page), summary))
    have = {(pid, ep, lang) for pid, ep, lang, _ in examples}
    for pid, eps in EXPECTED.items():
        for ep, langs in eps.items():
            for lang in langs:
                if (pid, ep, lang) not in have:
                    report(False, "%s %s [%s]: example not found in the seed page"
                           % (lang, ep, pid))
    dupes = [k for k in have if sum(1 for e in examples if e[:3] == k) > 1]
    for pid, ep, lang in dupes:
        report(False, "%s %s [%s]: found more than once on the page" % (lang, ep, pid))

    # ---- running --------------------------------------------------------------------------
    image = os.path.join(os.path.abspath(args.images), args.image)
    global_image = os.path.join(os.path.abspath(args.images), args.global_image)
    for img in (image, global_image):
        if not os.path.isfile(img):
            report(False, "setup: image not found: " + img)
    setup_ok = all(os.path.isfile(img) for img in (image, global_image))
    tmp = tempfile.mkdtemp(prefix="dv-conformance-")
    sandbox = None
    try:
        if not setup_ok:
            raise RuntimeError("not running: an image is missing")
        folder = os.path.join(tmp, "body-sites")
        os.mkdir(folder)
        sites = set()
        for _, ep, lang, code in examples:
            if ep == "severity-global":
                m = re.search(r"body_sites\s*=\s*\[([^\]]*)\]", code)
                if m:
                    sites |= set(re.findall(r"[\"']([A-Za-z]+)[\"']", m.group(1)))
        if any(ep == "severity-global" for _, ep, _, _ in examples) and not sites:
            report(False, "setup: no body_sites list found in the global example")
        for site in sorted(sites):
            os.symlink(global_image, os.path.join(folder, site + ".jpg"))

        with open(image, "rb") as f:
            b64 = base64.b64encode(f.read()).decode("ascii")
        curl_home = os.path.join(tmp, "curl-home")
        os.mkdir(curl_home)
        with open(os.path.join(curl_home, ".curlrc"), "w") as f:
            f.write('silent\nshow-error\nwrite-out = "\\n@@DV-STATUS@@ %{http_code}\\n"\n')
        env = dict(os.environ)
        for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY",
                  "all_proxy"):
            env.pop(k, None)
        env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
                   CURL_HOME=curl_home, NODE_NO_WARNINGS="1", PYTHONDONTWRITEBYTECODE="1")

        sandbox = Sandbox(args.sandbox, tmp)
        print("# sandbox %s; image %s; python %s; node %s" % (sandbox.url, image, python, node))
        values = {
            "base_url": safe_value("base_url", sandbox.url),
            "your_email": safe_value("email", USER),
            "your_password": safe_value("password", PASSWORD),
            "path_to_image": safe_value("image path", image),
            "base64_encoded_image_data": b64,
            "path_to_your_image_folder": safe_value("image folder", folder),
            "access_token": None,
        }
        tokens = {}
        # logins first: each language's token is what that language's other examples use
        # (stable sort: otherwise in page order, section by section)
        order = sorted(examples, key=lambda e: (e[1] != "login", e[0]))
        for pid, ep, lang, code in order:
            name = "%s-%s-%s" % (pid, ep, lang)
            label = "%s %s [%s]" % (lang, ep, pid)
            note = ""
            try:
                if ep != "login":
                    token = tokens.get(lang)
                    if token is None and tokens:
                        other = sorted(tokens)[0]
                        token, note = tokens[other], " (token from the %s login)" % other
                    if token is None:
                        report(False, label + ": no access token (every login example failed)")
                        continue
                    values["access_token"] = safe_value("access token", token)
                filled = fill(code, values)
                if lang == "python":
                    program = python_program(filled)
                elif lang == "javascript":
                    program = javascript_program(filled)
                else:
                    program = curl_program(filled, tmp, name)
                if args.verbose:
                    shown = program.replace(b64, "<base64 of %s>" % os.path.basename(image))
                    print("# ---- %s ----\n%s" % (label, shown))
                res, status, body = run_example(lang, program, tmp, name, env, python, node)
            except subprocess.TimeoutExpired:
                report(False, label + ": timed out after %d s" % EXAMPLE_TIMEOUT)
                continue
            except ExtractionError as e:
                report(False, "%s: %s" % (label, e))
                continue
            where = " (HTTP %s)" % status if status is not None else ""
            if res.returncode != 0:
                report(False, "%s: exit %d%s: %s" % (label, res.returncode, where,
                                                     excerpt(res.stderr or res.stdout, tail=True)))
                continue
            if body is None or body == "":
                report(False, "%s: no answer observed%s; stderr: %s"
                       % (label, where, excerpt(res.stderr, tail=True)))
                continue
            try:
                doc = json.loads(body)
            except ValueError:
                report(False, "%s: answer is not JSON%s: %s" % (label, where, excerpt(body)))
                continue
            problems = check_answer(ep, doc)
            if status is not None and not 200 <= status < 300:
                problems.insert(0, "HTTP %d" % status)
            if problems:
                report(False, "%s: %s; body: %s" % (label, "; ".join(problems[:8])
                                                    + (" (+%d more)" % (len(problems) - 8)
                                                       if len(problems) > 8 else ""),
                                                    excerpt(body, 300)))
                continue
            if ep == "login":
                tokens[lang] = doc["access_token"]
            report(True, label + note)
    except RuntimeError as e:
        report(False, "setup: %s" % e)
    finally:
        if sandbox is not None:
            sandbox.stop()
            if not all(results):
                tail = sandbox.stderr_tail()
                if tail.strip():
                    print("# sandbox stderr (tail):\n" + tail)
        if args.keep:
            print("# kept " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    passed = sum(1 for r in results if r)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
