package io.flgen.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.golden.Blueprints;
import io.flgen.model.ExternalSilo;
import io.flgen.model.InstanceType;
import io.flgen.model.LocalData;
import io.flgen.model.Silo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates every Kubernetes manifest in {@code generated-samples/<blueprint>/k8s/<silo>/*.yaml} against the
 * project-owned schemas in {@code schemas/k8s} (picked by {@code kind}), checks that every external silo got
 * its instance types and local-data volume, and that the schemas reject the mistakes that would silently
 * break Azure ML jobs (see {@code docs/k8s-schemas.md}).
 */
class KubernetesManifestTest {

    static final Path SCHEMA_DIR = Path.of("schemas", "k8s");

    /** {@code kind} of a manifest document to the schema it is validated against. */
    static final Map<String, String> SCHEMA_BY_KIND = Map.of(
            "Namespace", "namespace.schema.json",
            "InstanceType", "instance-type.schema.json",
            "PersistentVolume", "persistent-volume.schema.json",
            "PersistentVolumeClaim", "persistent-volume-claim.schema.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One YAML document of a manifest file. */
    record Doc(Path file, int index, JsonNode node) {
        String kind() {
            return node.path("kind").asString("");
        }

        String where() {
            return file + " (document " + (index + 1) + ", kind " + kind() + ")";
        }
    }

    static Path schemaFor(String kind) {
        String name = SCHEMA_BY_KIND.get(kind);
        return name == null ? null : SCHEMA_DIR.resolve(name);
    }

    /** Every YAML document of a multi-document file, as Jackson 3 trees. */
    static List<Doc> loadAll(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Doc> docs = new ArrayList<>();
        try {
            int i = 0;
            for (Object o : yaml.loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
                if (o != null) {
                    docs.add(new Doc(file, i, JSON.valueToTree(o)));
                }
                i++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** {@code generated-samples/*}{@code /k8s/**}{@code /*.yaml}, sorted. */
    static List<Path> manifestFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Blueprints.SAMPLES)) {
            for (Path sample : samples.sorted().toList()) {
                Path k8s = sample.resolve("k8s");
                if (!Files.isDirectory(k8s)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(k8s)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    static Stream<Named<Path>> schemas() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
            return files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList().stream()
                    .map(p -> Named.of(p.getFileName().toString(), p));
        }
    }

    // ------------------------------------------------------------------ the schemas themselves

    @Test
    void everyKindHasASchema() {
        SCHEMA_BY_KIND.values().forEach(name ->
                assertTrue(Files.isRegularFile(SCHEMA_DIR.resolve(name)), "missing schema " + SCHEMA_DIR.resolve(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schemaIsValidDraft202012(Path schema) {
        JsonNode node = YamlSchemaValidator.readJson(schema);
        assertEquals(YamlSchemaValidator.DRAFT_2020_12_META_SCHEMA, node.path("$schema").asString(),
                "schema must declare draft 2020-12");
        assertEquals("https://flgen.io/schemas/k8s/" + schema.getFileName(), node.path("$id").asString(),
                "$id must name the file");
        assertEquals(List.of(), YamlSchemaValidator.validateAgainstMetaSchema(schema));
        YamlSchemaValidator.loadSchema(schema); // resolves every $ref, compiles every regex
        assertFalse(node.path("additionalProperties").asBoolean(true), "top level must be additionalProperties: false");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void everyPropertyHasADescription(Path schema) {
        assertEquals(List.of(), YamlSchemaValidator.undescribedProperties(YamlSchemaValidator.readJson(schema)),
                "properties without a description in " + schema);
    }

    // ------------------------------------------------------------------ generated manifests

    @Test
    void everyGeneratedManifestMatchesItsSchema() throws IOException {
        List<Path> files = manifestFiles();
        assertFalse(files.isEmpty(), "no generated-samples/*/k8s manifests found");
        List<String> problems = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Path file : files) {
            List<Doc> docs = loadAll(file);
            if (docs.isEmpty()) {
                problems.add(file + ": no YAML document");
            }
            for (Doc doc : docs) {
                Path schema = schemaFor(doc.kind());
                if (schema == null) {
                    problems.add(doc.where() + ": no schema for this kind; known kinds " + new TreeSet<>(SCHEMA_BY_KIND.keySet()));
                    continue;
                }
                for (String error : YamlSchemaValidator.validate(schema, doc.node())) {
                    problems.add(doc.where() + ": " + error);
                }
                checked.merge(doc.kind(), 1, Integer::sum);
            }
        }
        assertEquals(List.of(), problems, () -> "Kubernetes manifests that break schemas/k8s:\n  " + String.join("\n  ", problems));
        for (String kind : List.of("Namespace", "InstanceType", "PersistentVolume", "PersistentVolumeClaim")) {
            assertTrue(checked.getOrDefault(kind, 0) >= 1, "no " + kind + " was validated; checked " + checked);
        }
    }

    static List<String> renderable() {
        return Blueprints.renderable();
    }

    /** Every external silo gets its instance types, and its local data as exactly one PV and one PVC. */
    @ParameterizedTest
    @MethodSource("renderable")
    void everyExternalSiloHasItsManifests(String blueprint) throws IOException {
        List<Silo> silos = Blueprints.load(blueprint).topology().silos();
        Path k8s = Blueprints.SAMPLES.resolve(blueprint).resolve("k8s");
        TreeSet<String> expectedDirs = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Silo silo : silos) {
            if (!(silo instanceof ExternalSilo e)) {
                continue;
            }
            expectedDirs.add(e.name());
            Path dir = k8s.resolve(e.name());
            String where = blueprint + " silo " + e.name() + ": ";

            Path nsFile = dir.resolve("namespace.yaml");
            String namespace = null;
            if (!Files.isRegularFile(nsFile)) {
                problems.add(where + "missing " + nsFile);
            } else {
                List<Doc> ns = loadAll(nsFile);
                if (ns.size() != 1 || !ns.get(0).kind().equals("Namespace")) {
                    problems.add(where + nsFile + " must hold exactly one Namespace");
                } else {
                    namespace = ns.get(0).node().path("metadata").path("name").asString();
                }
            }

            Path itFile = dir.resolve("instance-types.yaml");
            if (!Files.isRegularFile(itFile)) {
                problems.add(where + "missing " + itFile);
            } else {
                List<String> names = new ArrayList<>();
                for (Doc d : loadAll(itFile)) {
                    if (!d.kind().equals("InstanceType")) {
                        problems.add(where + d.where() + " is not an InstanceType");
                    }
                    names.add(d.node().path("metadata").path("name").asString());
                }
                List<String> declared = e.instanceTypes().stream().map(InstanceType::name).toList();
                if (names.isEmpty() || !names.equals(declared)) {
                    problems.add(where + itFile + " has instance types " + names + ", the topology declares " + declared);
                }
            }

            Path dataFile = dir.resolve("local-data.yaml");
            if (e.localData().isEmpty()) {
                if (Files.exists(dataFile)) {
                    problems.add(where + dataFile + " exists but the silo declares no localData");
                }
                continue;
            }
            if (!Files.isRegularFile(dataFile)) {
                problems.add(where + "declares localData but " + dataFile + " is missing");
                continue;
            }
            List<Doc> docs = loadAll(dataFile);
            List<String> kinds = docs.stream().map(Doc::kind).toList();
            if (!kinds.equals(List.of("PersistentVolume", "PersistentVolumeClaim"))) {
                problems.add(where + dataFile + " must hold one PersistentVolume then one PersistentVolumeClaim, has " + kinds);
                continue;
            }
            problems.addAll(checkVolumePair(where, namespace, e.localData().get(), docs.get(0).node(), docs.get(1).node()));
        }
        if (Files.isDirectory(k8s)) {
            try (Stream<Path> dirs = Files.list(k8s)) {
                TreeSet<String> actual = new TreeSet<>(dirs.map(p -> p.getFileName().toString()).toList());
                assertEquals(expectedDirs, actual, blueprint + ": k8s/ must hold one folder per external silo");
            }
        } else {
            assertTrue(expectedDirs.isEmpty(), blueprint + ": external silos " + expectedDirs + " but no k8s/ folder");
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    /** The PV is pre-bound to the PVC, the PVC lives in the jobs' namespace and mounts where the topology says. */
    private static List<String> checkVolumePair(String where, String namespace, LocalData data, JsonNode pv, JsonNode pvc) {
        List<String> problems = new ArrayList<>();
        String pvcName = pvc.path("metadata").path("name").asString();
        String pvcNamespace = pvc.path("metadata").path("namespace").asString();
        if (namespace != null && !namespace.equals(pvcNamespace)) {
            problems.add(where + "PVC namespace " + pvcNamespace + " is not the silo's job namespace " + namespace);
        }
        JsonNode claimRef = pv.path("spec").path("claimRef");
        if (!pvcName.equals(claimRef.path("name").asString()) || !pvcNamespace.equals(claimRef.path("namespace").asString())) {
            problems.add(where + "PV claimRef " + claimRef + " does not point at the PVC " + pvcNamespace + "/" + pvcName);
        }
        String pvName = pv.path("metadata").path("name").asString();
        if (!pvName.equals(pvc.path("spec").path("volumeName").asString())) {
            problems.add(where + "PVC volumeName does not name the PV " + pvName);
        }
        String mount = pvc.path("metadata").path("annotations").path("ml.azure.com/mountpath").asString();
        if (!data.mountPath().equals(mount)) {
            problems.add(where + "PVC mount path " + mount + " differs from the topology's " + data.mountPath());
        }
        JsonNode spec = pv.path("spec");
        if (data instanceof LocalData.Nfs nfs) {
            if (!spec.has("nfs") || !nfs.server().equals(spec.path("nfs").path("server").asString())
                    || !nfs.path().equals(spec.path("nfs").path("path").asString())) {
                problems.add(where + "PV must be the NFS export " + nfs.server() + ":" + nfs.path());
            }
        } else if (data instanceof LocalData.HostPath hp) {
            if (!spec.has("hostPath") || !hp.path().equals(spec.path("hostPath").path("path").asString())) {
                problems.add(where + "PV must be the hostPath " + hp.path());
            }
        }
        if (!pv.path("spec").path("accessModes").equals(pvc.path("spec").path("accessModes"))) {
            problems.add(where + "PV and PVC access modes differ");
        }
        return problems;
    }

    // ------------------------------------------------------------------ negative cases

    private static final String PVC = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: fl-x-data
              namespace: fl-x
              labels:
                app.kubernetes.io/managed-by: flgen
                flgen.io/silo: x
            %s
              annotations:
                ml.azure.com/mountpath: /mnt/localdata
            spec:
              accessModes:
              - ReadWriteMany
              storageClassName: ''
              volumeName: fl-x-data
              resources:
                requests:
                  storage: 10Gi
            """;

    private static final String INSTANCE_TYPE = """
            apiVersion: amlarc.azureml.com/v1alpha1
            kind: InstanceType
            metadata:
              name: gpu-small
              labels:
                app.kubernetes.io/managed-by: flgen
                flgen.io/silo: x
            spec:
              resources:
                limits:
                  cpu: '4'
                  memory: 16Gi
                  nvidia.com/gpu: 1
                requests:
                  cpu: '4'
                  memory: 16Gi
            %s
            """;

    private static final String PV = """
            apiVersion: v1
            kind: PersistentVolume
            metadata:
              name: fl-x-data
              labels:
                app.kubernetes.io/managed-by: flgen
                flgen.io/silo: x
            spec:
              capacity:
                storage: 10Gi
              accessModes:
              - ReadWriteMany
              persistentVolumeReclaimPolicy: Retain
              storageClassName: ''
              claimRef:
                namespace: fl-x
                name: fl-x-data
              nfs:
                server: nfs.example.internal
                path: /exports/fl
            %s
            """;

    private static List<String> validate(String kind, String yaml) {
        return YamlSchemaValidator.validateYamlText(schemaFor(kind), yaml);
    }

    private static void assertFailsWith(List<String> errors, String pointer, String... fragments) {
        assertFalse(errors.isEmpty(), "expected a schema error at " + pointer);
        boolean found = errors.stream().anyMatch(e -> e.startsWith(pointer + ": ")
                && Stream.of(fragments).allMatch(e::contains));
        assertTrue(found, "expected an error at " + pointer + " containing " + List.of(fragments) + ", got " + errors);
    }

    @Test
    void pvcWithoutTheAzureMlLabelIsRejected() {
        assertEquals(List.of(), validate("PersistentVolumeClaim", PVC.formatted("    ml.azure.com/pvc: 'true'")),
                "the labelled claim must pass");
        List<String> errors = validate("PersistentVolumeClaim", PVC.formatted(""));
        assertFailsWith(errors, "/metadata/labels", "required property", "ml.azure.com/pvc");
    }

    @Test
    void pvcLabelMustBeTheStringTrueAndMountPathAbsolute() {
        assertFailsWith(validate("PersistentVolumeClaim", PVC.formatted("    ml.azure.com/pvc: 'yes'")),
                "/metadata/labels/ml.azure.com~1pvc", "true");
        String relative = PVC.formatted("    ml.azure.com/pvc: 'true'").replace("/mnt/localdata", "mnt/localdata");
        assertFailsWith(validate("PersistentVolumeClaim", relative),
                "/metadata/annotations/ml.azure.com~1mountpath", "pattern");
    }

    @Test
    void instanceTypeWithGpuInRequestsIsRejected() {
        assertEquals(List.of(), validate("InstanceType", INSTANCE_TYPE.formatted("")), "the limits-only GPU type must pass");
        List<String> errors = validate("InstanceType", INSTANCE_TYPE.formatted("      nvidia.com/gpu: 1"));
        assertFailsWith(errors, "/spec/resources/requests", "nvidia.com/gpu", "not defined in the schema");
    }

    @Test
    void instanceTypeGpuMustBeAnInteger() {
        String quoted = INSTANCE_TYPE.formatted("").replace("nvidia.com/gpu: 1", "nvidia.com/gpu: '1'");
        assertFailsWith(validate("InstanceType", quoted), "/spec/resources/limits/nvidia.com~1gpu", "integer");
    }

    @Test
    void persistentVolumeWithBothNfsAndHostPathIsRejected() {
        assertEquals(List.of(), validate("PersistentVolume", PV.formatted("")), "the NFS volume must pass");
        List<String> errors = validate("PersistentVolume", PV.formatted("  hostPath:\n    path: /data\n    type: Directory"));
        assertFailsWith(errors, "/spec", "one and only one", "2 are valid");
    }

    @Test
    void persistentVolumeWithoutASourceIsRejected() {
        String noSource = PV.formatted("").replaceAll("(?s)  nfs:\\n.*$", "");
        assertFailsWith(validate("PersistentVolume", noSource), "/spec", "one and only one", "0 are valid");
    }
}
