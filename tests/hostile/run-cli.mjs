// Runs the native CLI on a file and measures it: wall time, CPU time and peak RSS of the talkboard
// process. Returns {status, signal, timedOut, seconds (wall), cpuSeconds (user + sys), maxRssKiB,
// stdout, stderr}. stdout goes to a file, so a 25 MB answer never fills a pipe.
//
// GNU time (/usr/bin/time, Debian package `time`, installed by scripts/setup.sh) reports the peak RSS
// of exactly the talkboard process: it is a small C program, so its fork adds nothing. Without it, a
// python3 wrapper reads getrusage(RUSAGE_CHILDREN); that peak includes the ~10-15 MB of python's
// own fork before exec, so it overstates small runs (never understates).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

const WRAPPER = `
import json, resource, subprocess, sys, time
out_path, err_path, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
before = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out_path, 'wb') as out, open(err_path, 'wb') as err:
    started = time.monotonic()
    try:
        code = subprocess.run(sys.argv[4:], stdin=subprocess.DEVNULL, stdout=out, stderr=err, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        code = 'timeout'
    seconds = time.monotonic() - started
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(json.dumps({'code': code, 'seconds': seconds, 'cpuSeconds': cpu, 'maxRssKiB': after.ru_maxrss}))
`;

export const measuredBy = existsSync(GNU_TIME) ? 'GNU time' : 'python3 getrusage';

export function runMeasured(bin, args, { timeoutSeconds = 60, keepStdout = true } = {}) {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const outPath = `/tmp/talkboard-hostile-${tag}.out`;
  const errPath = `/tmp/talkboard-hostile-${tag}.err`;
  const timePath = `/tmp/talkboard-hostile-${tag}.time`;
  try {
    let m;
    if (measuredBy === 'GNU time') {
      const started = process.hrtime.bigint();
      // `timeout` kills talkboard itself (not time) so that GNU time still writes its line.
      const r = spawnSync(GNU_TIME, ['-o', timePath, '-f', '%x %U %S %M', 'sh', '-c', 'o=$1 e=$2; shift 2; exec "$@" >"$o" 2>"$e"', 'sh', outPath, errPath, bin, ...args], {
        stdio: 'ignore', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL',
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (r.error && r.error.code === 'ETIMEDOUT') {
        m = { code: 'timeout', seconds, cpuSeconds: NaN, maxRssKiB: NaN };
      } else {
        const text = readFileSync(timePath, 'utf8').trim().split('\n');
        // On death by a signal GNU time writes "Command terminated by signal N" first and %x is the status.
        const signalLine = text.find((l) => /terminated by signal/.test(l));
        const [status, user, sys, rss] = text[text.length - 1].split(' ');
        m = {
          code: signalLine ? -Number(signalLine.match(/signal (\d+)/)[1]) : Number(status),
          seconds, cpuSeconds: Number(user) + Number(sys), maxRssKiB: Number(rss),
        };
      }
    } else {
      const r = spawnSync('python3', ['-c', WRAPPER, outPath, errPath, String(timeoutSeconds), bin, ...args], {
        encoding: 'utf8', timeout: (timeoutSeconds + 10) * 1000,
      });
      if (r.status !== 0) throw new Error(`measuring wrapper failed: ${r.stderr || r.error}`);
      m = JSON.parse(r.stdout.trim().split('\n').pop());
    }
    // Death by signal N is reported as -N.
    const signal = typeof m.code === 'number' && m.code < 0 ? -m.code : null;
    return {
      status: typeof m.code === 'number' && m.code >= 0 ? m.code : null,
      signal, timedOut: m.code === 'timeout', seconds: m.seconds, cpuSeconds: m.cpuSeconds, maxRssKiB: m.maxRssKiB,
      stdout: keepStdout && existsSync(outPath) ? readFileSync(outPath, 'utf8') : '',
      stderr: existsSync(errPath) ? readFileSync(errPath, 'utf8') : '',
    };
  } finally {
    for (const p of [outPath, errPath, timePath]) rmSync(p, { force: true });
  }
}
