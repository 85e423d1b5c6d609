package dev.brickapi.codegen.ext;

import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.Wait;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extensions' cross-checks against the linked model, once every type is defined: the fields that
 * {@code x-brickapi-pagination} and {@code x-brickapi-wait} name exist with fitting types. A value that
 * fails its check is dropped (the run fails with the problem).
 */
public final class ExtensionChecks {

  private final Problems problems;
  private final TypeLookup types;
  private final Set<String> allOperationIds = new HashSet<>();

  public ExtensionChecks(Problems problems, Map<TypeId, TypeDef> types, List<Service> services) {
    this.problems = problems;
    this.types = new TypeLookup(types);
    services.forEach(s -> s.operations().forEach(o -> allOperationIds.add(o.operationId())));
  }

  /** The service with the extension values of its operations checked and completed. */
  public Service apply(Service service) {
    List<Operation> ops = new ArrayList<>();
    for (Operation op : service.operations()) {
      Pagination pagination = op.pagination() == null ? null : VendorExtensions.PAGINATION
          .check(op.pagination(), op, types, at(op.location(), VendorExtensions.PAGINATION), problems).orElse(null);
      Wait wait = op.waitFor() == null ? null : VendorExtensions.WAIT
          .check(op.waitFor(), service, op, allOperationIds, types, at(op.location(), VendorExtensions.WAIT), problems)
          .orElse(null);
      ops.add(op.withExtensions(pagination, wait));
    }
    Service checked = new Service(service.tag(), service.name(), service.description(), service.document(), ops);
    Set<String> unshared = VendorExtensions.WAIT.checkShared(checked, op -> at(op.location(), VendorExtensions.WAIT), problems);
    if (unshared.isEmpty()) {
      return checked;
    }
    List<Operation> kept = new ArrayList<>();
    for (Operation op : ops) {
      kept.add(unshared.contains(op.operationId()) ? op.withExtensions(op.pagination(), null) : op);
    }
    return new Service(service.tag(), service.name(), service.description(), service.document(), kept);
  }

  private static SourceRef at(Location location, ExtensionDefinition<?> extension) {
    return new SourceRef(location.document(), location.pointer(), 0).child(extension.key());
  }
}
