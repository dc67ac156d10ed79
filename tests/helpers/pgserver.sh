#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: `pgserver.sh start DIR` runs initdb and pg_ctl
# from Debian's postgresql package in DIR/data, listening on 127.0.0.1 on a free port, and writes
# DIR/url (postgresql://tessera@127.0.0.1:PORT/postgres; trust auth on loopback only);
# `pgserver.sh stop DIR` stops it and removes what start made. As root the server runs under the
# dedicated unprivileged user tessera-pg (PostgreSQL refuses to run as root), made here when
# missing; its data then lives in a folder of its own under /tmp (named in DIR/datadir), since
# DIR may be below folders that user cannot enter (a clone in a mktemp -d folder).
# `pgserver.sh kill DIR` stops it at once as a crash would (immediate mode: no checkpoint, every
# connection cut), keeping its data; `pgserver.sh resume DIR` starts it again on the same port.
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
    local data="$dir/data"
    [ -f "$dir/datadir" ] && data=$(cat "$dir/datadir")
    if [ -f "$data/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    # Only what start made: DIR may be a folder the caller keeps other files in.
    case "$data" in
    "$dir/data") rm -rf "$data" ;;
    /tmp/tessera-pg.*) rm -rf "$data" ;;
    esac
    rm -f "$dir/url" "$dir/datadir"
    rmdir "$dir" 2>/dev/null || true
}

datadir() {
    if [ -f "$dir/datadir" ]; then cat "$dir/datadir"; else echo "$dir/data"; fi
}

# pg_ctl start on DATA (the folder above data/) and PORT; waits until it accepts connections.
run_server() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$2 -c unix_socket_directories='$1' -c fsync=off -c max_connections=40" \
        start >/dev/null
}

case "$action" in
stop)
    stop
    ;;
kill)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$(datadir)/data" -m immediate -w stop >/dev/null
    ;;
resume)
    run_server "$(datadir)" "$(sed -e 's/.*:\([0-9]*\)\/.*/\1/' "$dir/url")"
    ;;
start)
    stop
    mkdir -p "$dir"
    data="$dir/data"
    if [ ${#as_owner[@]} -gt 0 ]; then
        data=$(mktemp -d /tmp/tessera-pg.XXXXXX)
        chown tessera-pg "$data"
        echo "$data" >"$dir/datadir"
    else
        mkdir -p "$data"
    fi
    "${as_owner[@]}" "$bin/initdb" -D "$data/data" -U tessera --auth=trust --encoding=UTF8 \
        --no-locale --no-sync >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 30000))
        # Free when nothing answers on it.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if run_server "$data" "$port"; then
            echo "postgresql://tessera@127.0.0.1:$port/postgres" >"$dir/url"
            chmod a+r "$dir/url"
            echo "pgserver: PostgreSQL on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$data/server.log" >&2 || true
    echo "pgserver: could not start PostgreSQL" >&2
    exit 1
    ;;
*)
    echo "usage: pgserver.sh start|stop|kill|resume DIR" >&2
    exit 2
    ;;
esac
