#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: `pgserver.sh start DIR` runs initdb and pg_ctl
# from Debian's postgresql package in DIR/data, listening on 127.0.0.1 on a free port, and writes
# DIR/url (postgresql://tessera@127.0.0.1:PORT/postgres; trust auth on loopback only);
# `pgserver.sh stop DIR` stops it and removes DIR. As root the server runs under the dedicated
# unprivileged user tessera-pg (PostgreSQL refuses to run as root), made here when missing.
set -euo pipefail

action=${1:?usage: pgserver.sh start|stop DIR}
dir=${2:?usage: pgserver.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pgserver: PostgreSQL's server programs are not installed (Debian package postgresql;" \
         "bash packaging/deps.sh --test installs it)" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    id tessera-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin tessera-pg
    as_owner=(runuser -u tessera-pg --)
fi

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only what start made: DIR may be a folder the caller keeps other files in.
    rm -rf "$dir/data" "$dir/url" "$dir/initdb.log" "$dir/server.log"
    rmdir "$dir" 2>/dev/null || true
}

case "$action" in
stop)
    stop
    ;;
start)
    stop
    mkdir -p "$dir"
    [ ${#as_owner[@]} -eq 0 ] || chown tessera-pg "$dir"
    "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U tessera --auth=trust --encoding=UTF8 \
        --no-locale --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 30000))
        # Free when nothing answers on it.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c max_connections=40" \
            start >/dev/null; then
            echo "postgresql://tessera@127.0.0.1:$port/postgres" >"$dir/url"
            chmod a+r "$dir/url"
            echo "pgserver: PostgreSQL on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2 || true
    echo "pgserver: could not start PostgreSQL" >&2
    exit 1
    ;;
*)
    echo "usage: pgserver.sh start|stop DIR" >&2
    exit 2
    ;;
esac
