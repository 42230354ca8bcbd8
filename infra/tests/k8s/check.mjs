// Checks the Kubernetes manifests in infra/k8s/: each object against the Kubernetes API's schemas (kubernetes-models:
// types, required fields, enums and formats from the official OpenAPI definitions), then what this service needs of
// them. Run by infra/tests/k8s-manifests.sh (`make test`).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseAllDocuments } from 'yaml';

const root = new URL('../../..', import.meta.url).pathname;
const dir = join(root, 'infra/k8s');
let passed = 0;
const failed = [];
async function test(name, body) {
  try {
    await body();
    passed++;
    console.log(`  ok   ${name}`);
  } catch (error) {
    failed.push(name);
    console.log(`  FAIL ${name}\n       ${error.message.split('\n').join('\n       ')}`);
  }
}

const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const docs = files.flatMap((file) => parseAllDocuments(readFileSync(join(dir, file), 'utf8')).map((doc) => {
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return { file, object: doc.toJS() };
}));
const objects = docs.filter((d) => d.object.kind !== 'Kustomization');
const one = (kind, name) => {
  const found = objects.filter((d) => d.object.kind === kind && (!name || d.object.metadata.name === name));
  assert.equal(found.length, 1, `one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0].object;
};

/** The kubernetes-models class for an object's apiVersion and kind (core "v1" has no group). */
async function model(object) {
  const module = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
  return module[object.kind];
}
async function validate(object) {
  const Model = await model(object);
  new Model(object).validate();
}

await test(`every object (${objects.length} in ${files.length} files) is valid against the Kubernetes API schemas`,
  async () => {
    for (const { file, object } of objects) {
      try {
        await validate(object);
      } catch (error) {
        throw new Error(`${file} ${object.kind}/${object.metadata?.name}: ${error.message}`);
      }
    }
  });

await test('the schema check does reject a broken object (a replica count that is not a number)', async () => {
  const broken = structuredClone(one('Deployment'));
  broken.spec.replicas = 'three';
  await assert.rejects(validate(broken), /replicas must be integer/);
});

const kustomization = docs.find((d) => d.object.kind === 'Kustomization').object;
await test('kustomization.yaml lists every manifest but the example Secret', () => {
  assert.deepEqual([...kustomization.resources].sort(),
    files.filter((f) => f !== 'kustomization.yaml' && f !== 'secret.example.yaml'));
});

const deployment = one('Deployment');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const job = one('Job');
const jobContainer = job.spec.template.spec.containers[0];
const envValue = (c, name) => c.env?.find((e) => e.name === name)?.value;

await test('several replicas, rolled one at a time without going below the count, with a disruption budget', () => {
  assert.ok(deployment.spec.replicas >= 2);
  assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
  assert.ok(one('PodDisruptionBudget').spec.minAvailable < deployment.spec.replicas);
});

await test('selectors match the pod labels (Deployment, Service, PodDisruptionBudget)', () => {
  const labels = deployment.spec.template.metadata.labels;
  for (const selector of [deployment.spec.selector.matchLabels, one('Service', 'sector-support').spec.selector,
    one('PodDisruptionBudget').spec.selector.matchLabels]) {
    for (const [key, value] of Object.entries(selector)) assert.equal(labels[key], value, key);
  }
});

await test('the Service reaches the container port the probes use', () => {
  const port = one('Service', 'sector-support').spec.ports[0].targetPort;
  assert.ok(container.ports.some((p) => p.name === port && p.containerPort === 8080));
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    assert.equal(container[probe].httpGet.port, port, probe);
  }
});

await test('readiness is SmallRye Health ready (includes the database), liveness is live (the process only)', () => {
  assert.equal(container.readinessProbe.httpGet.path, '/q/health/ready');
  assert.equal(container.livenessProbe.httpGet.path, '/q/health/live');
  assert.equal(container.startupProbe.httpGet.path, '/q/health/started');
});

await test('non-root, no privilege escalation, no capabilities, read-only root file system, /tmp writable', () => {
  for (const [spec, c] of [[pod, container], [job.spec.template.spec, jobContainer]]) {
    assert.equal(spec.securityContext.runAsNonRoot, true);
    assert.ok(spec.securityContext.runAsUser > 0);
    assert.equal(c.securityContext.allowPrivilegeEscalation, false);
    assert.equal(c.securityContext.readOnlyRootFilesystem, true);
    assert.deepEqual(c.securityContext.capabilities.drop, ['ALL']);
    const tmp = c.volumeMounts.find((m) => m.mountPath === '/tmp');
    assert.ok(spec.volumes.find((v) => v.name === tmp.name).emptyDir);
  }
});

await test('resources: CPU and memory requested, memory limited', () => {
  for (const c of [container, jobContainer]) {
    assert.ok(c.resources.requests.cpu && c.resources.requests.memory && c.resources.limits.memory);
  }
});

await test('replicas never migrate; the Job migrates and exits (QUARKUS_INIT_AND_EXIT), with the same image', () => {
  assert.equal(envValue(container, 'QUARKUS_FLYWAY_MIGRATE_AT_START'), 'false');
  assert.equal(envValue(jobContainer, 'QUARKUS_FLYWAY_MIGRATE_AT_START'), 'true');
  assert.equal(envValue(jobContainer, 'QUARKUS_INIT_AND_EXIT'), 'true');
  assert.equal(job.spec.template.spec.restartPolicy, 'Never');
  assert.equal(jobContainer.image, container.image);
  assert.equal(envValue(container, 'QUARKUS_HTTP_HOST'), '0.0.0.0');
});

// The variables application.properties reads, e.g. ${DB_URL:jdbc:...}.
const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
const readByTheApp = new Set([...properties.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)].map((m) => m[1]));
const configMap = one('ConfigMap', 'sector-support');
const secret = one('Secret', 'sector-support');

await test('every ConfigMap and Secret key is a variable the backend reads (no typos, nothing dead)', () => {
  for (const key of [...Object.keys(configMap.data), ...Object.keys(secret.stringData)]) {
    assert.ok(readByTheApp.has(key), `${key} is not read by application.properties`);
  }
});

await test('database, identity provider and every production secret are set, secrets only in the Secret', () => {
  for (const key of ['DB_URL', 'DB_USER', 'OIDC_URL']) assert.ok(configMap.data[key], key);
  for (const key of ['DB_PASSWORD', 'KEYCLOAK_ADMIN_CLIENT_SECRET', 'IMPORT_RECEIPT_KEY', 'EXTRACT_PSEUDONYM_KEY']) {
    assert.ok(key in secret.stringData, key);
    assert.ok(!(key in configMap.data), `${key} must not be in the ConfigMap`);
  }
  assert.equal(configMap.data.DEMO_DATA, 'false');
  for (const c of [container, jobContainer]) {
    assert.deepEqual(c.envFrom.map((e) => e.configMapRef?.name ?? e.secretRef?.name), ['sector-support', 'sector-support']);
  }
});

await test('PostgreSQL and Keycloak are managed services named by ExternalName Services; DB_URL uses that name', () => {
  const external = objects.filter((d) => d.object.kind === 'Service' && d.object.spec.type === 'ExternalName');
  assert.equal(external.length, 2);
  const database = one('Service', 'sector-support-postgres');
  assert.ok(database.spec.externalName);
  assert.match(configMap.data.DB_URL, /^jdbc:postgresql:\/\/sector-support-postgres:5432\//);
  assert.ok(one('Service', 'sector-support-keycloak').spec.externalName);
  assert.match(configMap.data.OIDC_URL, /^https:\/\/[^/]+\/realms\/sector-support$/);
});

console.log(`${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
