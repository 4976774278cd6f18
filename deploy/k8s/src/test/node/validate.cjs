// Validates Kubernetes objects against the OpenAPI schemas of the Kubernetes API that the npm
// package kubernetes-models compiles (Kubernetes v1.33.0), plus the CRD schemas compiled by
// @kubernetes-models/prometheus-operator (ServiceMonitor…) and @kubernetes-models/gateway-api
// (Gateway API v1.0.0: Gateway, HTTPRoute); versions pinned by package-lock.json. Input: a JSON file holding an array of objects (one rendered overlay).
// Output on stdout, one JSON document:
//   {"validated": ["Kind/name", ...], "noSchema": ["apiVersion Kind/name", ...],
//    "errors": [{"object": "Kind/name", "path": "/spec/...", "message": "..."}]}
// An object whose apiVersion/kind the package does not know (a custom resource) is listed in
// noSchema, never silently accepted: the Java side decides what may lack a schema here.
"use strict";
const fs = require("fs");

// Custom resources whose CRD schemas a package of the registry carries (generated from the
// operator's published CRDs): their group's models live there.
const CRD_PACKAGES = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};

function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const module = `${CRD_PACKAGES[group] || "kubernetes-models"}/${apiVersion}`;
  try {
    const models = require(module);
    return typeof models[kind] === "function" && models[kind].kind === kind ? models[kind] : null;
  } catch (e) {
    if (e.code === "MODULE_NOT_FOUND" || e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      return null;
    }
    throw e;
  }
}

const objects = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = { validated: [], noSchema: [], errors: [] };
for (const object of objects) {
  const id = `${object.kind}/${object.metadata && object.metadata.name}`;
  const Model = modelFor(String(object.apiVersion), String(object.kind));
  if (!Model) {
    out.noSchema.push(`${object.apiVersion} ${id}`);
    continue;
  }
  try {
    new Model(object).validate();
    out.validated.push(id);
  } catch (e) {
    const errors = Array.isArray(e.errors) ? e.errors : [{ instancePath: "", message: String(e.message) }];
    for (const err of errors) {
      const detail = err.params && Object.keys(err.params).length ? " " + JSON.stringify(err.params) : "";
      out.errors.push({ object: id, path: err.instancePath || "/", message: `${err.message}${detail}` });
    }
  }
}
process.stdout.write(JSON.stringify(out));
