package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.WAIT;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.mixin.NodeTypeSelector;
import com.databricks.sdk.mixin.SparkVersionSelector;
import com.databricks.sdk.service.compute.ClusterDetails;
import com.databricks.sdk.service.compute.ClusterEvent;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.CreateInstancePool;
import com.databricks.sdk.service.compute.CreatePolicy;
import com.databricks.sdk.service.compute.EditCluster;
import com.databricks.sdk.service.compute.EditInstancePool;
import com.databricks.sdk.service.compute.EditPolicy;
import com.databricks.sdk.service.compute.GetEvents;
import com.databricks.sdk.service.compute.InstallLibraries;
import com.databricks.sdk.service.compute.Library;
import com.databricks.sdk.service.compute.LibraryFullStatus;
import com.databricks.sdk.service.compute.ListClusterPoliciesRequest;
import com.databricks.sdk.service.compute.ListClustersRequest;
import com.databricks.sdk.service.compute.PythonPyPiLibrary;
import com.databricks.sdk.service.compute.RestartCluster;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.compute.UninstallLibraries;
import com.databricks.sdk.service.iam.AccessControlRequest;
import com.databricks.sdk.service.iam.AccessControlResponse;
import com.databricks.sdk.service.iam.ObjectPermissions;
import com.databricks.sdk.service.iam.PermissionLevel;
import com.databricks.sdk.service.iam.SetObjectPermissions;
import java.util.List;

/** Clusters, cluster policies, instance pools, libraries and object permissions. */
final class ComputeFamilies {

  private ComputeFamilies() {}

  static String sparkVersion(WorkspaceClient w) {
    return w.clusters().selectSparkVersion(new SparkVersionSelector().withLatest().withLongTermSupport());
  }

  static String nodeType(WorkspaceClient w) {
    return w.clusters().selectNodeType(new NodeTypeSelector().withLocalDisk().withMinCores(4));
  }

  static CreateCluster newCluster(WorkspaceClient w, String name) {
    return new CreateCluster().setClusterName(name).setSparkVersion(sparkVersion(w)).setNodeTypeId(nodeType(w))
        .setNumWorkers(1L).setAutoterminationMinutes(30L);
  }

  static Family clusters(WorkspaceClient w) {
    var s = new Object() {
      String version;
      String nodeType;
      String id;
    };
    return new Family("clusters")
        .step("spark versions, latest LTS selected", () -> {
          s.version = sparkVersion(w);
          check(w.clusters().sparkVersions().getVersions().stream().anyMatch(v -> v.getKey().equals(s.version)),
              "selected version " + s.version + " is not among spark-versions");
        })
        .step("node types, one with local disk and 4 cores selected", () -> {
          s.nodeType = nodeType(w);
          check(w.clusters().listNodeTypes().getNodeTypes().stream()
              .anyMatch(n -> n.getNodeTypeId().equals(s.nodeType)), "selected " + s.nodeType + " is not listed");
        })
        .step("create and wait for RUNNING", () -> {
          ClusterDetails c = w.clusters().create(new CreateCluster().setClusterName("sdk-cluster")
              .setSparkVersion(need(s.version, "spark versions")).setNodeTypeId(need(s.nodeType, "node types"))
              .setNumWorkers(1L).setAutoterminationMinutes(30L)).get(WAIT);
          s.id = c.getClusterId();
          same(State.RUNNING, c.getState(), "state after the waiter");
        })
        .step("get", () -> {
          ClusterDetails c = w.clusters().get(need(s.id, "create"));
          same("sdk-cluster", c.getClusterName(), "cluster_name");
          same(1L, c.getNumWorkers(), "num_workers");
          same(s.version, c.getSparkVersion(), "spark_version");
        })
        .step("list to the end", () -> {
          List<ClusterDetails> all = drain(w.clusters().list(new ListClustersRequest()));
          check(all.stream().anyMatch(c -> need(s.id, "create").equals(c.getClusterId())),
              "the new cluster is not in the list");
        })
        .step("edit and wait, then get shows the edit", () -> {
          w.clusters().edit(new EditCluster().setClusterId(need(s.id, "create")).setClusterName("sdk-cluster-2")
              .setSparkVersion(s.version).setNodeTypeId(s.nodeType).setNumWorkers(2L)).get(WAIT);
          ClusterDetails c = w.clusters().get(s.id);
          same("sdk-cluster-2", c.getClusterName(), "cluster_name after edit");
          same(2L, c.getNumWorkers(), "num_workers after edit");
        })
        .step("events to the end, all of this cluster", () -> {
          List<ClusterEvent> events = drain(w.clusters().events(new GetEvents().setClusterId(need(s.id, "create"))));
          check(!events.isEmpty(), "no events for a cluster that was created and edited");
          events.forEach(e -> same(s.id, e.getClusterId(), "cluster_id of an event"));
        })
        .step("terminate and wait for TERMINATED", () -> {
          ClusterDetails c = w.clusters().delete(need(s.id, "create")).get(WAIT);
          same(State.TERMINATED, c.getState(), "state after the waiter");
        })
        .step("start and wait for RUNNING", () -> {
          ClusterDetails c = w.clusters().start(need(s.id, "create")).get(WAIT);
          same(State.RUNNING, c.getState(), "state after the waiter");
        })
        .step("restart and wait for RUNNING", () -> {
          ClusterDetails c = w.clusters().restart(new RestartCluster().setClusterId(need(s.id, "create"))).get(WAIT);
          same(State.RUNNING, c.getState(), "state after the waiter");
        })
        .step("ensureClusterIsRunning on a running cluster", () ->
            w.clusters().ensureClusterIsRunning(need(s.id, "create")))
        .step("delete, then get shows TERMINATED", () -> {
          w.clusters().delete(need(s.id, "create")).get(WAIT);
          same(State.TERMINATED, w.clusters().get(s.id).getState(), "state after delete");
        });
  }

  static Family policies(WorkspaceClient w) {
    String definition = "{\"spark_version\":{\"type\":\"fixed\",\"value\":\"15.4.x-scala2.12\"}}";
    var s = new Object() {
      String id;
    };
    return new Family("cluster policies")
        .step("create", () -> s.id = w.clusterPolicies().create(new CreatePolicy().setName("sdk-policy")
            .setDefinition(definition)).getPolicyId())
        .step("get", () -> {
          var p = w.clusterPolicies().get(need(s.id, "create"));
          same("sdk-policy", p.getName(), "name");
          same(definition, p.getDefinition(), "definition");
        })
        .step("list to the end", () -> check(drain(w.clusterPolicies().list(new ListClusterPoliciesRequest()))
            .stream().anyMatch(p -> need(s.id, "create").equals(p.getPolicyId())), "the new policy is not listed"))
        .step("edit, then get shows the edit", () -> {
          w.clusterPolicies().edit(new EditPolicy().setPolicyId(need(s.id, "create")).setName("sdk-policy-2")
              .setDefinition(definition));
          same("sdk-policy-2", w.clusterPolicies().get(s.id).getName(), "name after edit");
        })
        .step("delete, then list omits it", () -> {
          w.clusterPolicies().delete(need(s.id, "create"));
          check(drain(w.clusterPolicies().list(new ListClusterPoliciesRequest())).stream()
              .noneMatch(p -> s.id.equals(p.getPolicyId())), "the deleted policy is still listed");
        });
  }

  static Family pools(WorkspaceClient w) {
    var s = new Object() {
      String id;
      String nodeType;
    };
    return new Family("instance pools")
        .step("create", () -> {
          s.nodeType = nodeType(w);
          s.id = w.instancePools().create(new CreateInstancePool().setInstancePoolName("sdk-pool")
              .setNodeTypeId(s.nodeType).setMinIdleInstances(0L)).getInstancePoolId();
        })
        .step("get", () -> {
          var p = w.instancePools().get(need(s.id, "create"));
          same("sdk-pool", p.getInstancePoolName(), "instance_pool_name");
          same(s.nodeType, p.getNodeTypeId(), "node_type_id");
        })
        .step("list to the end", () -> check(drain(w.instancePools().list()).stream()
            .anyMatch(p -> need(s.id, "create").equals(p.getInstancePoolId())), "the new pool is not listed"))
        .step("edit, then get shows the edit", () -> {
          w.instancePools().edit(new EditInstancePool().setInstancePoolId(need(s.id, "create"))
              .setInstancePoolName("sdk-pool-2").setNodeTypeId(s.nodeType));
          same("sdk-pool-2", w.instancePools().get(s.id).getInstancePoolName(), "instance_pool_name after edit");
        })
        .step("delete, then list omits it", () -> {
          w.instancePools().delete(need(s.id, "create"));
          check(drain(w.instancePools().list()).stream().noneMatch(p -> s.id.equals(p.getInstancePoolId())),
              "the deleted pool is still listed");
        });
  }

  static Family libraries(WorkspaceClient w) {
    var s = new Object() {
      String cluster;
    };
    Library pypi = new Library().setPypi(new PythonPyPiLibrary().setPackage("brickapi-sdk-probe==1.0.4"));
    return new Family("libraries")
        .step("a cluster to install on (create and wait)", () ->
            s.cluster = w.clusters().create(newCluster(w, "sdk-libraries")).get(WAIT).getClusterId())
        .step("install, then cluster status lists it", () -> {
          w.libraries().install(new InstallLibraries().setClusterId(need(s.cluster, "a cluster"))
              .setLibraries(List.of(pypi)));
          List<LibraryFullStatus> st = drain(w.libraries().clusterStatus(s.cluster));
          check(st.stream().anyMatch(l -> l.getLibrary() != null && l.getLibrary().getPypi() != null
              && "brickapi-sdk-probe==1.0.4".equals(l.getLibrary().getPypi().getPackage())),
              "installed library not in " + st);
        })
        .step("all cluster statuses include the cluster", () -> check(drain(w.libraries().allClusterStatuses())
            .stream().anyMatch(c -> need(s.cluster, "a cluster").equals(c.getClusterId())), "cluster not listed"))
        .step("uninstall", () -> w.libraries().uninstall(new UninstallLibraries()
            .setClusterId(need(s.cluster, "a cluster")).setLibraries(List.of(pypi))));
  }

  static Family permissions(WorkspaceClient w) {
    var s = new Object() {
      String cluster;
    };
    return new Family("permissions")
        .step("a cluster to share (create, no wait)", () ->
            s.cluster = w.clusters().create(newCluster(w, "sdk-shared")).getResponse().getClusterId())
        .step("permission levels of clusters", () -> check(!w.permissions()
            .getPermissionLevels("clusters", need(s.cluster, "a cluster")).getPermissionLevels().isEmpty(),
            "no permission levels"))
        .step("set, then get shows the grant", () -> {
          w.permissions().set(new SetObjectPermissions().setRequestObjectType("clusters")
              .setRequestObjectId(need(s.cluster, "a cluster")).setAccessControlList(List.of(
                  new AccessControlRequest().setUserName("analyst@example.com")
                      .setPermissionLevel(PermissionLevel.CAN_RESTART))));
          ObjectPermissions p = w.permissions().get("clusters", s.cluster);
          check(p.getAccessControlList() != null && p.getAccessControlList().stream()
              .map(AccessControlResponse::getUserName).anyMatch("analyst@example.com"::equals),
              "the grant to analyst@example.com is not in the ACL");
        });
  }
}
