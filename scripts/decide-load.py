#!/usr/bin/env python3
"""Posts the sample cases to POST /api/v1/cases/decide from THREADS threads for SECONDS, spread over PORTS
(comma-separated; thread i uses port i mod n), keep-alive, HTTP Basic USER:PASSWORD. Prints requests, decisions/s,
p50/p99 in ms and the count of each status. Run from the project folder:
  scripts/decide-load.py PORTS THREADS SECONDS USER:PASSWORD"""
import base64, http.client, json, sys, threading, time, glob, collections
ports = [int(p) for p in sys.argv[1].split(',')]
threads = int(sys.argv[2]); seconds = float(sys.argv[3]); user = sys.argv[4]
cases = [open(f, 'rb').read() for f in sorted(glob.glob('samples/cases/*.json')) if not f.endswith('.expected.json')]
auth = 'Basic ' + base64.b64encode(user.encode()).decode()
lat = []; codes = collections.Counter(); lock = threading.Lock()
stop = time.time() + seconds
def run(i):
    port = ports[i % len(ports)]
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    n = i; mine = []; mc = collections.Counter()
    while time.time() < stop:
        body = cases[n % len(cases)]; n += 1
        t = time.perf_counter()
        try:
            c.request('POST', '/api/v1/cases/decide', body, {'Content-Type': 'application/json', 'Authorization': auth})
            r = c.getresponse(); r.read(); code = r.status
        except Exception as e:
            code = type(e).__name__; c = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
        mine.append(time.perf_counter() - t); mc[code] += 1
    with lock:
        lat.extend(mine); codes.update(mc)
ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
t0 = time.time(); [t.start() for t in ts]; [t.join() for t in ts]; el = time.time() - t0
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
print(json.dumps({'requests': len(lat), 'per_s': round(len(lat) / el, 1), 'p50_ms': round(q(.5), 1), 'p99_ms': round(q(.99), 1), 'codes': {str(k): v for k, v in codes.items()}}))
