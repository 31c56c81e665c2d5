"""A TCP server in another language that answers like Redis, started by the scenarios themselves.

Binds 127.0.0.1 port 0 and prints "ready on port N" (the port inside a sentence), then on every
connection answers each line "PING" (ended by CRLF) with "+PONG" and CRLF, and any other line with
"-ERR unknown command" and CRLF, until it is terminated.
"""
import socket
import sys
import threading


def serve(conn):
    with conn:
        pending = b""
        while True:
            data = conn.recv(65536)
            if not data:
                return
            pending += data
            while b"\r\n" in pending:
                line, pending = pending.split(b"\r\n", 1)
                conn.sendall(b"+PONG\r\n" if line == b"PING" else b"-ERR unknown command\r\n")


def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    print("ready on port %d, answering PING" % listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    sys.exit(main())
