#!/usr/bin/env python3
"""A slow client: GETs a URL with a small socket receive buffer and reads at RATE bytes a second, so the server's
request thread stays busy writing for the whole download (on loopback the kernel would otherwise buffer the whole
answer at once and the request would be over on the server in a moment). Prints one line: the status, the bytes
read, the seconds taken and 'complete' or what went wrong (a cut-off chunked body raises IncompleteRead)."""
import base64, http.client, socket, sys, time
from urllib.parse import urlsplit

url, credentials, rate = sys.argv[1], sys.argv[2], int(sys.argv[3])


class SmallBufferConnection(http.client.HTTPConnection):
    def connect(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        self.sock.settimeout(60)
        self.sock.connect((self.host, self.port))


parts = urlsplit(url)
start = time.monotonic()
read = 0
status = 0
try:
    connection = SmallBufferConnection(parts.hostname, parts.port)
    connection.request("GET", parts.path + ("?" + parts.query if parts.query else ""),
                       headers={"Authorization": "Basic " + base64.b64encode(credentials.encode()).decode()})
    response = connection.getresponse()
    status = response.status
    while True:
        chunk = response.read(16384)
        if not chunk:
            break
        read += len(chunk)
        behind = read / rate - (time.monotonic() - start)
        if behind > 0:
            time.sleep(behind)
    outcome = "complete"
except Exception as e:  # the point is to report it
    outcome = type(e).__name__
print(f"{status} {read} {time.monotonic() - start:.2f} {outcome}")
