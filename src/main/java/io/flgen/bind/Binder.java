package io.flgen.bind;

import io.flgen.azure.AzureCloud;
import io.flgen.model.Compute;
import io.flgen.model.CrossTenantSilo;
import io.flgen.model.Egress;
import io.flgen.model.ExternalSilo;
import io.flgen.model.Identity;
import io.flgen.model.InstanceType;
import io.flgen.model.InternalSilo;
import io.flgen.model.Job;
import io.flgen.model.KeyVault;
import io.flgen.model.KubernetesCluster;
import io.flgen.model.LocalData;
import io.flgen.model.Metadata;
import io.flgen.model.Network;
import io.flgen.model.NetworkSettings;
import io.flgen.model.Orchestrator;
import io.flgen.model.People;
import io.flgen.model.Principal;
import io.flgen.model.PrivatePath;
import io.flgen.model.Sensitivity;
import io.flgen.model.Silo;
import io.flgen.model.SiloData;
import io.flgen.model.Storage;
import io.flgen.model.StorageSku;
import io.flgen.model.Topology;
import io.flgen.model.WayIn;
import io.flgen.model.Workspace;
import io.flgen.terms.NetworkMode;
import io.flgen.terms.Stage;
import io.flgen.terms.Waiver;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Builds the typed model from a schema-valid tree. Defaults live here and nowhere else; each is
 * documented in the schema description of its field.
 */
public final class Binder {
  public static final String DEFAULT_CONTAINER = "data";
  public static final String DEFAULT_TRAINING = "train";
  public static final String DEFAULT_TESTING = "test";
  public static final int DEFAULT_MAX_NODES = 4;
  public static final int DEFAULT_SOFT_DELETE_DAYS = 7;
  public static final String DEFAULT_AKS_NODE_SIZE = "Standard_D4ds_v5";
  public static final String DEFAULT_KEY_NAME = "model-updates";
  public static final String DEFAULT_JUMPBOX_SIZE = "Standard_B2s";

  private Binder() {}

  /** Binds a tree that passed the topology schema. */
  public static Topology bind(JsonNode root) {
    JsonNode md = root.path("metadata");
    String name = md.path("name").asString();
    Metadata metadata = metadata(md, name);
    List<Silo> silos = Json.list(root.path("silos"), Binder::silo);
    List<Waiver> waivers = Json.list(root.path("waivers"), Binder::waiver);
    People people =
        new People(Json.list(root.path("people").path("dataScientists"), Binder::principal));
    return new Topology(
        metadata,
        orchestrator(root.path("orchestrator")),
        silos,
        networkSettings(root.path("network")),
        job(root.path("job"), name, metadata.stage()),
        people,
        waivers);
  }

  private static Waiver waiver(JsonNode w) {
    return new Waiver(
        w.path("rule").asString(),
        w.path("target").asString(),
        w.path("justification").asString(),
        parseDate(w.path("expires").asString()));
  }

  private static Metadata metadata(JsonNode md, String name) {
    JsonNode naming = md.path("naming");
    return new Metadata(
        name,
        Stage.fromYaml(md.path("stage").asString()),
        strings(md.path("tags")),
        new Metadata.Naming(
            naming.path("prefix").asString(name.replace("-", "")),
            naming.path("uniqueSuffix").asBoolean(true)),
        AzureCloud.fromYaml(md.path("cloud").asString("public")));
  }

  private static Orchestrator orchestrator(JsonNode o) {
    JsonNode ws = o.path("workspace");
    return new Orchestrator(
        o.path("subscriptionId").asString(),
        optString(o, "tenantId"),
        o.path("resourceGroup").asString(),
        o.path("region").asString(),
        new Workspace(optBool(ws, "publicNetworkAccess"), ws.path("hbi").asBoolean(false)),
        network(o.path("network")),
        newStorage(o.path("storage")),
        Json.list(o.path("computes"), Binder::compute),
        o.has("keyVault")
            ? Optional.of(
                new KeyVault(
                    o.path("keyVault").path("softDeleteDays").asInt(90),
                    o.path("keyVault").path("keyName").asString(DEFAULT_KEY_NAME)))
            : Optional.empty());
  }

  private static NetworkSettings networkSettings(JsonNode net) {
    JsonNode dns = net.path("privateDnsZones");
    return new NetworkSettings(
        net.path("peering").asBoolean(true),
        dns.path("create").asBoolean(true),
        strings(dns.path("existing")),
        Egress.NAT,
        wayIn(net.path("wayIn")));
  }

  private static Job job(JsonNode j, String name, Stage stage) {
    JsonNode comps = j.path("components");
    JsonNode dp = j.path("differentialPrivacy");
    return new Job(
        j.path("experimentName").asString(name),
        j.path("rounds").asInt(),
        Job.Aggregation.fromYaml(j.path("aggregation").asString("fedavg-weighted")),
        // job.example, or no job.components at all, selects the starter kit flgen renders itself
        j.has("example") || !comps.isObject()
            ? Job.Components.starterKit(j.path("example").asString("digits"))
            : new Job.Components(
                comps.path("preprocess").asString(),
                comps.path("train").asString(),
                comps.path("aggregate").asString()),
        parameters(j.path("parameters")),
        dp.isObject()
            ? Optional.of(
                new Job.DifferentialPrivacy(
                    dp.path("epsilon").asDouble(),
                    dp.path("delta").asDouble(),
                    dp.path("maxGradNorm").asDouble()))
            : Optional.empty(),
        baseline(j.path("baseline")),
        // data assets from walk on (the ramp-up plan's "connect your data"); crawl may opt in
        j.path("dataAssets").asBoolean(stage != Stage.CRAWL));
  }

  /** job.parameters as Java values: booleans, longs (or big integers), doubles, strings. */
  private static TreeMap<String, Object> parameters(JsonNode p) {
    TreeMap<String, Object> params = new TreeMap<>();
    p.properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              Object val =
                  v.isBoolean()
                      ? (Object) v.asBoolean()
                      : v.isIntegralNumber()
                          ? (v.canConvertToLong()
                              ? (Object) v.asLong()
                              : (Object) v.bigIntegerValue())
                          : v.isNumber() ? (Object) v.asDouble() : v.asString();
              params.put(e.getKey(), val);
            });
    return params;
  }

  /** Parses YYYY-MM-DD; an impossible date (2027-02-30) becomes {@link LocalDate#MIN}. */
  static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      return LocalDate.MIN;
    }
  }

  private static Silo silo(JsonNode s) {
    String name = s.path("name").asString();
    String region = s.path("region").asString();
    Optional<String> sub = optString(s, "subscriptionId");
    Optional<String> rg = optString(s, "resourceGroup");
    Network network = network(s.path("network"));
    List<Compute> computes = Json.list(s.path("computes"), Binder::compute);
    Storage storage = siloStorage(s.path("storage"));
    JsonNode d = s.path("data");
    SiloData data =
        new SiloData(
            Sensitivity.fromYaml(d.path("sensitivity").asString()),
            d.path("container").asString(DEFAULT_CONTAINER),
            d.path("training").asString(DEFAULT_TRAINING),
            d.path("testing").asString(DEFAULT_TESTING),
            d.path("version").asInt(1),
            optString(d, "description"),
            strings(d.path("tags")));
    Identity identity = new Identity(optString(s.path("identity"), "name"));
    List<Principal> owners = Json.list(s.path("dataOwners"), Binder::principal);
    return switch (s.path("kind").asString()) {
      case "external" ->
          new ExternalSilo(
              name,
              region,
              sub,
              rg,
              network,
              computes,
              cluster(s.path("cluster")),
              Json.list(s.path("instanceTypes"), Binder::instanceType),
              localData(s.path("localData")),
              storage,
              data,
              identity,
              owners,
              privatePath(s.path("privatePath")));
      case "cross-tenant" ->
          new CrossTenantSilo(
              name,
              region,
              s.path("tenantId").asString().toLowerCase(java.util.Locale.ROOT),
              sub,
              rg,
              network,
              computes,
              storage,
              data,
              identity,
              owners);
      default ->
          new InternalSilo(
              name, region, sub, rg, network, computes, storage, data, identity, owners);
    };
  }

  private static KubernetesCluster cluster(JsonNode c) {
    if ("arc".equals(c.path("type").asString())) {
      return new KubernetesCluster.Arc(
          c.path("name").asString(""), c.path("resourceGroup").asString(""));
    }
    JsonNode cp = c.path("confidentialNodePool");
    List<String> ranges = Json.list(c.path("authorizedIpRanges"), JsonNode::asString);
    return new KubernetesCluster.Aks(
        optString(c, "kubernetesVersion"),
        c.path("nodeVmSize").asString(DEFAULT_AKS_NODE_SIZE),
        c.path("nodeCount").asInt(2),
        c.path("privateCluster").asBoolean(true),
        ranges,
        cp.isObject()
            ? Optional.of(
                new KubernetesCluster.ConfidentialNodePool(
                    cp.path("vmSize").asString(),
                    cp.path("nodeCount").asInt(1),
                    cp.path("technology").asString(),
                    optString(cp, "enclaveRuntime")))
            : Optional.empty(),
        optString(c, "adminGroupObjectId").map(g -> g.toLowerCase(java.util.Locale.ROOT)));
  }

  private static InstanceType instanceType(JsonNode i) {
    return new InstanceType(
        i.path("name").asString(),
        i.path("cpu").asString(),
        i.path("memory").asString(),
        i.path("gpu").asInt(0),
        optString(i, "nodePool"),
        optString(i, "epc"));
  }

  private static Optional<LocalData> localData(JsonNode l) {
    if (!l.isObject()) {
      return Optional.empty();
    }
    String size = l.path("size").asString("100Gi");
    String mount = l.path("mountPath").asString("/mnt/localdata");
    if ("nfs".equals(l.path("type").asString())) {
      return Optional.of(
          new LocalData.Nfs(l.path("server").asString(""), l.path("path").asString(), size, mount));
    }
    return Optional.of(new LocalData.HostPath(l.path("path").asString(), size, mount));
  }

  private static Principal principal(JsonNode p) {
    return new Principal(
        p.path("objectId").asString().toLowerCase(java.util.Locale.ROOT),
        "group".equals(p.path("type").asString()),
        p.path("name").asString(""));
  }

  private static Optional<WayIn> wayIn(JsonNode w) {
    if (!w.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new WayIn(WayIn.Kind.BASTION, w.path("jumpboxVmSize").asString(DEFAULT_JUMPBOX_SIZE)));
  }

  private static Optional<PrivatePath> privatePath(JsonNode p) {
    return p.isObject()
        ? Optional.of(new PrivatePath(p.path("via").asString(), p.path("dnsServer").asString()))
        : Optional.empty();
  }

  private static Network network(JsonNode n) {
    JsonNode sn = n.path("subnets");
    return new Network(
        NetworkMode.fromYaml(n.path("mode").asString()),
        n.path("addressSpace").asString(""),
        optString(sn, "compute"),
        optString(sn, "privateEndpoints"));
  }

  private static Storage.New newStorage(JsonNode s) {
    return new Storage.New(
        StorageSku.fromAzureName(s.path("sku").asString("Standard_LRS")),
        s.path("softDeleteDays").asInt(DEFAULT_SOFT_DELETE_DAYS));
  }

  private static Storage siloStorage(JsonNode s) {
    JsonNode e = s.path("existing");
    if (e.isObject()) {
      return new Storage.Existing(
          e.path("subscriptionId").asString(""),
          e.path("resourceGroup").asString(),
          e.path("accountName").asString(),
          "deployer".equals(e.path("endpointApproval").asString("owner")));
    }
    return newStorage(s.path("new"));
  }

  private static Compute compute(JsonNode c) {
    return new Compute(
        c.path("name").asString(),
        c.path("vmSize").asString(),
        c.path("minNodes").asInt(0),
        c.path("maxNodes").asInt(DEFAULT_MAX_NODES));
  }

  private static TreeMap<String, String> strings(JsonNode obj) {
    TreeMap<String, String> out = new TreeMap<>();
    obj.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    return out;
  }

  /** The optional baseline job; its pooled data's assets are version 1 unless the topology says. */
  private static Optional<Job.Baseline> baseline(JsonNode b) {
    return b.isObject()
        ? Optional.of(
            new Job.Baseline(b.path("compute").asString(), b.path("dataVersion").asInt(1)))
        : Optional.empty();
  }

  private static Optional<String> optString(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isString() ? Optional.of(v.asString()) : Optional.empty();
  }

  private static Optional<Boolean> optBool(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isBoolean() ? Optional.of(v.asBoolean()) : Optional.empty();
  }
}
