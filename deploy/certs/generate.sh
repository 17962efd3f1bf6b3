#!/usr/bin/env bash
# Makes the certificates docker-compose.yml mounts, into deploy/certs/out/ (never committed: it holds private keys):
#   authority.crt         the cluster's own certificate authority; silos trust certificates it issued and no others
#   node.pfx              a node certificate it issued (server and client authentication), with its key, encrypted
#                         with $CLUSTER_CERT_PASSWORD; every silo and front silo presents it on the Orleans ports
#   proxy.crt, proxy.key  a self-signed certificate for nginx's https (replace them with a real one in production)
# The authority's key (authority.key) stays in out/ to issue more node certificates; keep it off the servers.
#
#   CLUSTER_CERT_PASSWORD='...' deploy/certs/generate.sh [proxy host name, default localhost]
# (CERTS_OUT names another folder; the cluster tests make theirs with this script that way.)
set -euo pipefail

: "${CLUSTER_CERT_PASSWORD:?set CLUSTER_CERT_PASSWORD, the password of node.pfx (compose passes it to the silos)}"
proxy_host="${1:-localhost}"
out="${CERTS_OUT:-$(cd "$(dirname "$0")" && pwd)/out}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
  -subj "/CN=Cashless cluster authority" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -keyout "$out/authority.key" -out "$out/authority.crt"

openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=cashless-node" \
  -keyout "$work/node.key" -out "$work/node.csr"
cat > "$work/node.ext" <<'EXT'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth,clientAuth
EXT
openssl x509 -req -in "$work/node.csr" -CA "$out/authority.crt" -CAkey "$out/authority.key" -CAcreateserial \
  -days 825 -extfile "$work/node.ext" -out "$work/node.crt"
rm -f "$out/authority.srl"
openssl pkcs12 -export -inkey "$work/node.key" -in "$work/node.crt" -certfile "$out/authority.crt" \
  -passout env:CLUSTER_CERT_PASSWORD -out "$out/node.pfx"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 -subj "/CN=$proxy_host" \
  -addext "subjectAltName=DNS:$proxy_host,IP:127.0.0.1" -addext "extendedKeyUsage=serverAuth" \
  -keyout "$out/proxy.key" -out "$out/proxy.crt"

# The containers run as an unprivileged user: what they mount must be readable (node.pfx is encrypted), the
# authority's key must not be.
chmod 755 "$out"
chmod 644 "$out/authority.crt" "$out/node.pfx" "$out/proxy.crt" "$out/proxy.key"
chmod 600 "$out/authority.key"
echo "certificates in $out"
