package io.flgen.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flgen.bind.TopologyLoader;
import io.flgen.golden.Blueprints;
import io.flgen.model.ExternalSilo;
import io.flgen.model.InstanceType;
import io.flgen.model.LocalData;
import io.flgen.model.Silo;
import io.flgen.plan.KubernetesPlan;
import io.flgen.plan.Plan;
import io.flgen.plan.Planner;
import io.flgen.render.Renderer;
import io.flgen.rules.PlanPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Validates every Kubernetes manifest in {@code generated-samples/<blueprint>/k8s/<silo>/*.yaml}
 * against the project-owned schemas in {@code schemas/k8s} (picked by {@code kind}), checks that
 * every external silo got its instance types and local-data volume, and that the schemas reject the
 * mistakes that would silently break Azure ML jobs (see {@code docs/k8s-schemas.md}).
 */
class KubernetesManifestTest {

  static final Path SCHEMA_DIR = Path.of("schemas", "k8s");

  /** {@code kind} of a manifest document to the schema it is validated against. */
  static final Map<String, String> SCHEMA_BY_KIND =
      Map.of(
          "Namespace", "namespace.schema.json",
          "NetworkPolicy", "network-policy.schema.json",
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
    try {
      return parseAll(file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every YAML document of a multi-document text (the content of {@code file}), as Jackson 3 trees.
   */
  static List<Doc> parseAll(Path file, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    List<Doc> docs = new ArrayList<>();
    int i = 0;
    for (Object o : yaml.loadAll(text)) {
      if (o != null) {
        docs.add(new Doc(file, i, JSON.valueToTree(o)));
      }
      i++;
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
          files
              .filter(Files::isRegularFile)
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
    SCHEMA_BY_KIND
        .values()
        .forEach(
            name ->
                assertTrue(
                    Files.isRegularFile(SCHEMA_DIR.resolve(name)),
                    "missing schema " + SCHEMA_DIR.resolve(name)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schemaIsValidDraft202012(Path schema) {
    JsonNode node = YamlSchemaValidator.readJson(schema);
    assertEquals(
        YamlSchemaValidator.DRAFT_2020_12_META_SCHEMA,
        node.path("$schema").asString(),
        "schema must declare draft 2020-12");
    assertEquals(
        "https://flgen.io/schemas/k8s/" + schema.getFileName(),
        node.path("$id").asString(),
        "$id must name the file");
    assertEquals(List.of(), YamlSchemaValidator.validateAgainstMetaSchema(schema));
    YamlSchemaValidator.loadSchema(schema); // resolves every $ref, compiles every regex
    assertFalse(
        node.path("additionalProperties").asBoolean(true),
        "top level must be additionalProperties: false");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyPropertyHasADescription(Path schema) {
    assertEquals(
        List.of(),
        YamlSchemaValidator.undescribedProperties(YamlSchemaValidator.readJson(schema)),
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
          problems.add(
              doc.where()
                  + ": no schema for this kind; known kinds "
                  + new TreeSet<>(SCHEMA_BY_KIND.keySet()));
          continue;
        }
        for (String error : YamlSchemaValidator.validate(schema, doc.node())) {
          problems.add(doc.where() + ": " + error);
        }
        checked.merge(doc.kind(), 1, Integer::sum);
      }
    }
    assertEquals(
        List.of(),
        problems,
        () -> "Kubernetes manifests that break schemas/k8s:\n  " + String.join("\n  ", problems));
    for (String kind :
        List.of(
            "Namespace",
            "NetworkPolicy",
            "InstanceType",
            "PersistentVolume",
            "PersistentVolumeClaim")) {
      assertTrue(
          checked.getOrDefault(kind, 0) >= 1, "no " + kind + " was validated; checked " + checked);
    }
  }

  static List<String> renderable() {
    return Blueprints.renderable();
  }

  /**
   * Every external silo gets its instance types, its NetworkPolicies when the plan switches an
   * engine on, and its local data as exactly one PV and one PVC.
   */
  @ParameterizedTest
  @MethodSource("renderable")
  void everyExternalSiloHasItsManifests(String blueprint) throws IOException {
    TopologyLoader.Result loaded = Blueprints.load(blueprint);
    List<Silo> silos = loaded.topology().silos();
    Map<String, KubernetesPlan> plan = new TreeMap<>();
    Planner.plan(loaded.topology()).kubernetes().forEach(k -> plan.put(k.owner().key(), k));
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

      Path nsFile = dir.resolve("00-namespace.yaml");
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

      Path itFile = dir.resolve("20-instance-types.yaml");
      if (!Files.isRegularFile(itFile)) {
        problems.add(where + "missing " + itFile);
      } else {
        List<String> names = new ArrayList<>();
        for (Doc d : loadAll(itFile)) {
          if (!d.kind().equals("InstanceType")) {
            problems.add(where + d.where() + " is not an InstanceType");
          }
          names.add(d.node().path("metadata").path("name").asString());
          String epc =
              e.instanceTypes().stream()
                  .filter(t -> t.name().equals(d.node().path("metadata").path("name").asString()))
                  .findFirst()
                  .flatMap(InstanceType::epc)
                  .orElse("");
          for (String side : List.of("requests", "limits")) {
            String got =
                d.node()
                    .path("spec")
                    .path("resources")
                    .path(side)
                    .path("sgx.intel.com/epc")
                    .asString("");
            if (!got.equals(epc)) {
              problems.add(
                  where
                      + d.where()
                      + " "
                      + side
                      + " sgx.intel.com/epc is '"
                      + got
                      + "', the topology declares '"
                      + epc
                      + "'");
            }
          }
        }
        List<String> declared = e.instanceTypes().stream().map(InstanceType::name).toList();
        if (names.isEmpty() || !names.equals(declared)) {
          problems.add(
              where
                  + itFile
                  + " has instance types "
                  + names
                  + ", the topology declares "
                  + declared);
        }
      }

      Path policyFile = dir.resolve("10-network-policy.yaml");
      boolean policyExpected = plan.get(e.name()).networkPolicy();
      if (policyExpected && !Files.isRegularFile(policyFile)) {
        problems.add(
            where
                + "the plan switches a network policy engine on but "
                + policyFile
                + " is missing");
      } else if (!policyExpected && Files.exists(policyFile)) {
        problems.add(
            where + policyFile + " exists but the plan says no network policy engine enforces it");
      } else if (policyExpected) {
        problems.addAll(
            checkNetworkPolicies(where + policyFile + ": ", namespace, loadAll(policyFile)));
      }

      Path dataFile = dir.resolve("30-local-data.yaml");
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
        problems.add(
            where
                + dataFile
                + " must hold one PersistentVolume then one PersistentVolumeClaim, has "
                + kinds);
        continue;
      }
      problems.addAll(
          checkVolumePair(
              where, namespace, e.localData().get(), docs.get(0).node(), docs.get(1).node()));
    }
    if (Files.isDirectory(k8s)) {
      try (Stream<Path> dirs = Files.list(k8s)) {
        TreeSet<String> actual = new TreeSet<>(dirs.map(p -> p.getFileName().toString()).toList());
        assertEquals(
            expectedDirs, actual, blueprint + ": k8s/ must hold one folder per external silo");
      }
    } else {
      assertTrue(
          expectedDirs.isEmpty(),
          blueprint + ": external silos " + expectedDirs + " but no k8s/ folder");
    }
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  /**
   * The PV is pre-bound to the PVC, the PVC lives in the jobs' namespace and mounts where the
   * topology says.
   */
  private static List<String> checkVolumePair(
      String where, String namespace, LocalData data, JsonNode pv, JsonNode pvc) {
    List<String> problems = new ArrayList<>();
    String pvcName = pvc.path("metadata").path("name").asString();
    String pvcNamespace = pvc.path("metadata").path("namespace").asString();
    if (namespace != null && !namespace.equals(pvcNamespace)) {
      problems.add(
          where
              + "PVC namespace "
              + pvcNamespace
              + " is not the silo's job namespace "
              + namespace);
    }
    JsonNode claimRef = pv.path("spec").path("claimRef");
    if (!pvcName.equals(claimRef.path("name").asString())
        || !pvcNamespace.equals(claimRef.path("namespace").asString())) {
      problems.add(
          where
              + "PV claimRef "
              + claimRef
              + " does not point at the PVC "
              + pvcNamespace
              + "/"
              + pvcName);
    }
    String pvName = pv.path("metadata").path("name").asString();
    if (!pvName.equals(pvc.path("spec").path("volumeName").asString())) {
      problems.add(where + "PVC volumeName does not name the PV " + pvName);
    }
    String mount =
        pvc.path("metadata").path("annotations").path("ml.azure.com/mountpath").asString();
    if (!data.mountPath().equals(mount)) {
      problems.add(
          where + "PVC mount path " + mount + " differs from the topology's " + data.mountPath());
    }
    JsonNode spec = pv.path("spec");
    if (data instanceof LocalData.Nfs nfs) {
      if (!spec.has("nfs")
          || !nfs.server().equals(spec.path("nfs").path("server").asString())
          || !nfs.path().equals(spec.path("nfs").path("path").asString())) {
        problems.add(where + "PV must be the NFS export " + nfs.server() + ":" + nfs.path());
      }
    } else if (data instanceof LocalData.HostPath hp) {
      if (!spec.has("hostPath")
          || !hp.path().equals(spec.path("hostPath").path("path").asString())) {
        problems.add(where + "PV must be the hostPath " + hp.path());
      }
    }
    if (!pv.path("spec").path("accessModes").equals(pvc.path("spec").path("accessModes"))) {
      problems.add(where + "PV and PVC access modes differ");
    }
    return problems;
  }

  /** The namespace the Azure ML extension installs its components in. */
  private static final String EXTENSION_NAMESPACE = "azureml";

  /**
   * The policy file holds a default deny of both directions for every pod, allows no ingress at
   * all, and allows egress only to kube-dns on port 53 (UDP and TCP), to the Azure ML extension's
   * namespace, and to TCP 443.
   */
  private static List<String> checkNetworkPolicies(String where, String namespace, List<Doc> docs) {
    List<String> problems = new ArrayList<>();
    boolean denyAll = false;
    TreeSet<String> allowed = new TreeSet<>();
    for (Doc d : docs) {
      JsonNode meta = d.node().path("metadata");
      JsonNode spec = d.node().path("spec");
      String name = meta.path("name").asString();
      if (!d.kind().equals("NetworkPolicy")) {
        problems.add(where + d.where() + " is not a NetworkPolicy");
        continue;
      }
      if (namespace != null && !namespace.equals(meta.path("namespace").asString())) {
        problems.add(
            where
                + name
                + " is in namespace "
                + meta.path("namespace").asString()
                + ", not "
                + namespace);
      }
      if (!spec.path("podSelector").isObject() || !spec.path("podSelector").isEmpty()) {
        problems.add(where + name + " must select every pod of the namespace (podSelector: {})");
      }
      if (spec.has("ingress")) {
        problems.add(where + name + " allows ingress; training jobs need none");
      }
      List<String> types = new ArrayList<>();
      spec.path("policyTypes").forEach(t -> types.add(t.asString()));
      if (types.equals(List.of("Ingress", "Egress")) && !spec.has("egress")) {
        denyAll = true;
      }
      for (JsonNode rule : spec.path("egress")) {
        allowed.add(egressKind(rule));
      }
    }
    if (!denyAll) {
      problems.add(
          where
              + "no policy denies all ingress and egress (policyTypes [Ingress, Egress], no rules)");
    }
    TreeSet<String> expected = new TreeSet<>(List.of("dns", "extension", "https"));
    if (!allowed.equals(expected)) {
      problems.add(
          where
              + "egress rules allow "
              + allowed
              + ", expected exactly "
              + expected
              + " (an 'other' is a rule that is none of them)");
    }
    return problems;
  }

  /**
   * {@code dns}, {@code extension} or {@code https} for the three egress rules flgen allows, else
   * {@code other}.
   */
  private static String egressKind(JsonNode rule) {
    JsonNode to = rule.path("to");
    if (to.size() != 1) {
      return "other";
    }
    JsonNode peer = to.get(0);
    String ns =
        peer.path("namespaceSelector")
            .path("matchLabels")
            .path("kubernetes.io/metadata.name")
            .asString("");
    List<String> ports = new ArrayList<>();
    rule.path("ports")
        .forEach(p -> ports.add(p.path("protocol").asString() + "/" + p.path("port").asInt()));
    if (ns.equals("kube-system")
        && peer.path("podSelector")
            .path("matchLabels")
            .path("k8s-app")
            .asString("")
            .equals("kube-dns")
        && ports.equals(List.of("UDP/53", "TCP/53"))) {
      return "dns";
    }
    if (ns.equals(EXTENSION_NAMESPACE) && !peer.has("podSelector") && !rule.has("ports")) {
      return "extension";
    }
    if (peer.has("ipBlock") && ports.equals(List.of("TCP/443"))) {
      return "https";
    }
    return "other";
  }

  // ------------------------------------------------------------------ apply order

  /** Kinds flgen emits that are cluster-scoped; every other kind must name its namespace. */
  private static final Set<String> CLUSTER_SCOPED =
      Set.of("Namespace", "PersistentVolume", "InstanceType");

  /** The renderable blueprints that have Kubernetes output. */
  static List<String> withKubernetesOutput() {
    return Blueprints.renderable().stream()
        .filter(
            b -> Blueprints.render(b).asMap().keySet().stream().anyMatch(p -> p.startsWith("k8s/")))
        .toList();
  }

  /**
   * {@code kubectl apply -f k8s/<silo>/} applies the folder's files in lexical order of their
   * names: the first file must create the namespace, and every namespaced object must live in a
   * namespace an earlier file created.
   */
  @ParameterizedTest
  @MethodSource("withKubernetesOutput")
  void lexicalFileOrderCreatesEachNamespaceBeforeItsObjects(String blueprint) {
    Map<String, TreeMap<String, String>> bySilo = new TreeMap<>();
    Blueprints.render(blueprint)
        .asMap()
        .forEach(
            (path, text) -> {
              String[] parts = path.split("/");
              if (parts[0].equals("k8s")) {
                assertEquals(
                    3,
                    parts.length,
                    path + " must be k8s/<silo>/<file>: kubectl apply -f does not recurse");
                bySilo.computeIfAbsent(parts[1], x -> new TreeMap<>()).put(parts[2], text);
              }
            });
    List<String> problems = new ArrayList<>();
    bySilo.forEach(
        (silo, files) -> {
          TreeSet<String> created = new TreeSet<>();
          boolean first = true;
          for (Map.Entry<String, String> file : files.entrySet()) {
            String where = blueprint + " k8s/" + silo + "/" + file.getKey();
            List<Doc> docs = parseAll(Path.of("k8s", silo, file.getKey()), file.getValue());
            if (first
                && (docs.isEmpty() || !docs.stream().allMatch(d -> d.kind().equals("Namespace")))) {
              problems.add(
                  where
                      + " is applied first (files in lexical order "
                      + files.keySet()
                      + ") but does not hold only the Namespace");
            }
            first = false;
            TreeSet<String> createdHere = new TreeSet<>();
            for (Doc doc : docs) {
              String name = doc.node().path("metadata").path("name").asString();
              JsonNode namespace = doc.node().path("metadata").path("namespace");
              if (doc.kind().equals("Namespace")) {
                createdHere.add(name);
              } else if (!CLUSTER_SCOPED.contains(doc.kind()) && namespace.isMissingNode()) {
                problems.add(
                    where
                        + ": "
                        + doc.kind()
                        + " "
                        + name
                        + " names no namespace; kubectl would put it in the context's current namespace");
              } else if (!namespace.isMissingNode() && !created.contains(namespace.asString())) {
                problems.add(
                    where
                        + ": "
                        + doc.kind()
                        + " "
                        + name
                        + " lives in namespace "
                        + namespace.asString()
                        + ", which no earlier file creates (created "
                        + created
                        + ")");
              }
            }
            created.addAll(createdHere);
          }
        });
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  /**
   * The planner switches NetworkPolicies on for AKS clusters flgen gives an engine, and for every
   * Arc cluster.
   */
  @ParameterizedTest
  @MethodSource("withKubernetesOutput")
  void plannerSwitchesNetworkPoliciesOnForAksWithAnEngineAndForArc(String blueprint) {
    Plan plan = Blueprints.plan(blueprint);
    for (KubernetesPlan k : plan.kubernetes()) {
      boolean engine =
          k.kind() == io.flgen.plan.KubernetesPlan.Kind.ARC
              || plan.aksClusters().stream()
                  .anyMatch(
                      a ->
                          a.owner().equals(k.owner())
                              && !a.networkPolicy().equalsIgnoreCase("none"));
      assertTrue(engine, blueprint + " silo " + k.owner().key() + ": expected an engine");
      assertEquals(engine, k.networkPolicy(), blueprint + " silo " + k.owner().key());
    }
  }

  /**
   * The writer only prints: a plan without an engine gets no policy file, and the rest keeps its
   * order.
   */
  @Test
  void noNetworkPolicyFileWhenThePlanSaysNoEngine() {
    TopologyLoader.Result loaded = Blueprints.load("run-hybrid");
    Plan plan =
        PlanPatch.apply(
            Planner.plan(loaded.topology()),
            JSON.readTree("{\"kubernetes[owner.key=onprem-c].networkPolicy\": false}"));
    List<String> k8s =
        Renderer.render(plan, Blueprints.GENERATOR, loaded.source()).asMap().keySet().stream()
            .filter(p -> p.startsWith("k8s/"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "k8s/onprem-c/00-namespace.yaml",
            "k8s/onprem-c/20-instance-types.yaml",
            "k8s/onprem-c/30-local-data.yaml"),
        k8s);
  }

  // ------------------------------------------------------------------ negative cases

  private static final String PVC =
      """
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

  private static final String INSTANCE_TYPE =
      """
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

  private static final String PV =
      """
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

  private static final String NETWORK_POLICY =
      """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: allow-azureml-job-egress
              namespace: fl-x
              labels:
                app.kubernetes.io/managed-by: flgen
                flgen.io/silo: x
            spec:
              podSelector: {}
              policyTypes:
              - Egress
              egress:
              - to:
                - namespaceSelector:
                    matchLabels:
                      kubernetes.io/metadata.name: kube-system
                  podSelector:
                    matchLabels:
                      k8s-app: kube-dns
                ports:
                - protocol: UDP
                  port: 53
              - to:
                - ipBlock:
                    cidr: 0.0.0.0/0
                ports:
                - protocol: TCP
                  port: 443
            """;

  private static List<String> validate(String kind, String yaml) {
    return YamlSchemaValidator.validateYamlText(schemaFor(kind), yaml);
  }

  private static void assertFailsWith(List<String> errors, String pointer, String... fragments) {
    assertFalse(errors.isEmpty(), "expected a schema error at " + pointer);
    boolean found =
        errors.stream()
            .anyMatch(
                e -> e.startsWith(pointer + ": ") && Stream.of(fragments).allMatch(e::contains));
    assertTrue(
        found,
        "expected an error at "
            + pointer
            + " containing "
            + List.of(fragments)
            + ", got "
            + errors);
  }

  @Test
  void pvcWithoutTheAzureMlLabelIsRejected() {
    assertEquals(
        List.of(),
        validate("PersistentVolumeClaim", PVC.formatted("    ml.azure.com/pvc: 'true'")),
        "the labelled claim must pass");
    List<String> errors = validate("PersistentVolumeClaim", PVC.formatted(""));
    assertFailsWith(errors, "/metadata/labels", "required property", "ml.azure.com/pvc");
  }

  @Test
  void pvcLabelMustBeTheStringTrueAndMountPathAbsolute() {
    assertFailsWith(
        validate("PersistentVolumeClaim", PVC.formatted("    ml.azure.com/pvc: 'yes'")),
        "/metadata/labels/ml.azure.com~1pvc",
        "true");
    String relative =
        PVC.formatted("    ml.azure.com/pvc: 'true'").replace("/mnt/localdata", "mnt/localdata");
    assertFailsWith(
        validate("PersistentVolumeClaim", relative),
        "/metadata/annotations/ml.azure.com~1mountpath",
        "pattern");
  }

  @Test
  void instanceTypeWithGpuInRequestsIsRejected() {
    assertEquals(
        List.of(),
        validate("InstanceType", INSTANCE_TYPE.formatted("")),
        "the limits-only GPU type must pass");
    List<String> errors =
        validate("InstanceType", INSTANCE_TYPE.formatted("      nvidia.com/gpu: 1"));
    assertFailsWith(
        errors, "/spec/resources/requests", "nvidia.com/gpu", "not defined in the schema");
  }

  @Test
  void instanceTypeGpuMustBeAnInteger() {
    String quoted = INSTANCE_TYPE.formatted("").replace("nvidia.com/gpu: 1", "nvidia.com/gpu: '1'");
    assertFailsWith(
        validate("InstanceType", quoted), "/spec/resources/limits/nvidia.com~1gpu", "integer");
  }

  @Test
  void persistentVolumeWithBothNfsAndHostPathIsRejected() {
    assertEquals(
        List.of(), validate("PersistentVolume", PV.formatted("")), "the NFS volume must pass");
    List<String> errors =
        validate(
            "PersistentVolume", PV.formatted("  hostPath:\n    path: /data\n    type: Directory"));
    assertFailsWith(errors, "/spec", "one and only one", "2 are valid");
  }

  @Test
  void persistentVolumeWithoutASourceIsRejected() {
    String noSource = PV.formatted("").replaceAll("(?s)  nfs:\\n.*$", "");
    assertFailsWith(
        validate("PersistentVolume", noSource), "/spec", "one and only one", "0 are valid");
  }

  @Test
  void networkPolicyWithoutPolicyTypesIsRejected() {
    assertEquals(
        List.of(), validate("NetworkPolicy", NETWORK_POLICY), "the egress allow policy must pass");
    String noTypes = NETWORK_POLICY.replace("  policyTypes:\n  - Egress\n", "");
    assertFailsWith(
        validate("NetworkPolicy", noTypes), "/spec", "required property", "policyTypes");
  }

  @Test
  void networkPolicyPortMustBeAnInteger() {
    String quoted = NETWORK_POLICY.replace("port: 443", "port: '443'");
    assertFailsWith(validate("NetworkPolicy", quoted), "/spec/egress/1/ports/0/port", "integer");
  }

  @Test
  void networkPolicyEgressRulesNeedEgressInPolicyTypes() {
    String ingressOnly = NETWORK_POLICY.replace("  - Egress\n", "  - Ingress\n");
    assertFailsWith(validate("NetworkPolicy", ingressOnly), "/spec/policyTypes", "Egress");
  }

  @Test
  void networkPolicyPeerMixingIpBlockAndSelectorIsRejected() {
    String mixed =
        NETWORK_POLICY.replace(
            "        cidr: 0.0.0.0/0\n", "        cidr: 0.0.0.0/0\n      namespaceSelector: {}\n");
    assertFailsWith(
        validate("NetworkPolicy", mixed), "/spec/egress/1/to/0", "one and only one", "2 are valid");
  }

  @Test
  void networkPolicyWithoutNamespaceIsRejected() {
    String noNamespace = NETWORK_POLICY.replace("  namespace: fl-x\n", "");
    assertFailsWith(
        validate("NetworkPolicy", noNamespace), "/metadata", "required property", "namespace");
  }
}
