package dev.brickapi.codegen.link;

import dev.brickapi.codegen.model.Body;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.model.Wait;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks that the fields the vendor extensions name exist, with fitting types, and completes them. */
final class ExtensionReader {

  private final Problems problems;
  private final SchemaTranslator schemas;

  private final java.util.Set<String> allOperationIds;

  ExtensionReader(Problems problems, SchemaTranslator schemas, List<Service> services) {
    this.problems = problems;
    this.schemas = schemas;
    this.allOperationIds = new java.util.HashSet<>();
    services.forEach(s -> s.operations().forEach(o -> allOperationIds.add(o.operationId())));
  }

  Service apply(Service service) {
    List<Operation> ops = new ArrayList<>();
    for (Operation op : service.operations()) {
      Pagination pagination = op.pagination() == null ? null : pagination(op);
      Wait wait = op.waitFor() == null ? null : waiting(service, op);
      ops.add(new Operation(op.operationId(), op.javaName(), op.method(), op.path(), op.summary(), op.description(),
          op.deprecated(), op.parameters(), op.request(), op.response(), pagination, wait, op.location()));
    }
    return new Service(service.tag(), service.name(), service.description(), service.document(), ops);
  }

  private SourceRef at(Operation op, String extension, String... children) {
    return new SourceRef(op.location().document(), op.location().pointer(), 0).child(extension).child(children);
  }

  private Pagination pagination(Operation op) {
    Pagination p = op.pagination();
    String ext = RawExtensions.PAGINATION;
    Optional<RecordType> response = record(op.response());
    if (response.isEmpty()) {
      problems.error(at(op, ext), "a paginated operation must answer an object", "give the 200 response an object schema");
      return null;
    }
    Optional<Property> items = property(response.get(), p.items());
    if (items.isEmpty() || !(items.get().type() instanceof TypeRef.ListOf list)) {
      problems.error(at(op, ext, "items"), "items field '" + p.items() + "' is not an array property of "
          + response.get().name().simpleName(), "name the response property that holds the page's items");
      return null;
    }
    boolean inBody = p.requestInBody();
    if (p.style() != Pagination.Style.NEXT_REQUEST) {
      boolean query = op.parameters().stream().anyMatch(x -> x.in() == Parameter.In.QUERY && x.name().equals(p.request()));
      boolean body = record(op.request()).flatMap(r -> property(r, p.request())).isPresent();
      if (!query && !body) {
        String key = switch (p.style()) {
          case TOKEN -> "requestToken";
          case OFFSET -> "offset";
          case INDEX -> "index";
          default -> "page";
        };
        problems.error(at(op, ext, key), "paging field '" + p.request() + "' is neither a query parameter nor a request body field",
            "declare it on the operation");
        return null;
      }
      inBody = !query;
    } else if (op.request() == null || !op.request().type().equals(
        property(response.get(), p.response()).map(Property::type).orElse(null))) {
      problems.error(at(op, ext, "nextRequest"), "nextRequest field '" + p.response()
          + "' must be a response property of the request body's type", "point it at the field holding the next request");
      return null;
    }
    if (p.response() != null && property(response.get(), p.response()).isEmpty()) {
      String key = switch (p.style()) {
        case TOKEN -> "responseToken";
        case OFFSET -> "hasMore";
        case NEXT_REQUEST -> "nextRequest";
        default -> "total";
      };
      problems.error(at(op, ext, key), "response field '" + p.response() + "' is not a property of "
          + response.get().name().simpleName(), "name a property of the 200 response");
      return null;
    }
    return new Pagination(p.style(), p.items(), list.items(), p.request(), inBody, p.response());
  }

  private Wait waiting(Service service, Operation op) {
    Wait w = op.waitFor();
    String ext = RawExtensions.WAIT;
    Optional<Operation> poll = service.operations().stream().filter(o -> o.operationId().equals(w.poll())).findFirst();
    if (poll.isEmpty()) {
      boolean elsewhere = allOperationIds.contains(w.poll());
      problems.error(at(op, ext, "poll"), elsewhere
              ? "poll operation '" + w.poll() + "' has another tag than this operation (" + service.tag() + ")"
              : "there is no operation '" + w.poll() + "' to poll",
          elsewhere ? "give both operations the same tag" : "name the operationId of the operation that reads the state");
      return null;
    }
    boolean ok = true;
    List<String> clientBound = service.document().clientParameters();
    List<Wait.Binding> bindings = new ArrayList<>();
    for (Wait.Binding b : w.bindings()) {
      if (clientBound.contains(b.pollInput())) {
        continue; // the client fills it for every call
      }
      bindings.add(b);
      boolean input = poll.get().parameters().stream().anyMatch(x -> x.name().equals(b.pollInput()))
          || record(poll.get().request()).flatMap(r -> property(r, b.pollInput())).isPresent();
      if (!input) {
        problems.error(at(op, ext, "bind", b.pollInput()), "'" + b.pollInput() + "' is not a parameter or body field of " + w.poll(),
            "bind the poll operation's inputs by their JSON names");
        ok = false;
      }
      boolean source = b.fromResponse()
          ? record(op.response()).flatMap(r -> property(r, b.source())).isPresent()
          : op.parameters().stream().anyMatch(x -> x.name().equals(b.source()))
              || record(op.request()).flatMap(r -> property(r, b.source())).isPresent();
      if (!source) {
        problems.error(at(op, ext, "bind", b.pollInput()), "'" + (b.fromResponse() ? "response." : "request.") + b.source()
            + "' is not a field of this operation's " + (b.fromResponse() ? "response" : "request"), "name an existing field");
        ok = false;
      }
    }
    for (Parameter required : poll.get().parameters()) {
      if (required.required() && w.bindings().stream().noneMatch(b -> b.pollInput().equals(required.name()))) {
        problems.error(at(op, ext, "bind"), "the poll operation's required parameter '" + required.name() + "' is not bound",
            "add " + required.name() + ": request.<field> or response.<field> under bind");
        ok = false;
      }
    }
    ok &= path(op, poll.get(), w.statePath(), "state");
    if (!w.messagePath().isEmpty()) {
      ok &= path(op, poll.get(), w.messagePath(), "message");
    }
    return ok ? new Wait(w.poll(), bindings, w.statePath(), w.target(), w.failure(), w.messagePath()) : null;
  }

  private boolean path(Operation op, Operation poll, List<String> path, String key) {
    TypeRef type = poll.response() == null ? null : poll.response().type();
    for (String segment : path) {
      Optional<Property> p = type == null ? Optional.empty() : record(type).flatMap(r -> property(r, segment));
      if (p.isEmpty()) {
        problems.error(at(op, RawExtensions.WAIT, key), "'" + String.join(".", path) + "' is not a field path of "
            + poll.operationId() + "'s response", "name the fields from the response down to the value, with dots");
        return false;
      }
      type = p.get().type();
    }
    return true;
  }

  private Optional<RecordType> record(Body body) {
    return body == null ? Optional.empty() : record(body.type());
  }

  private Optional<RecordType> record(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      TypeDef def = schemas.types().get(named.id());
      if (def instanceof RecordType r) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static Optional<Property> property(RecordType r, String json) {
    return r.properties().stream().filter(p -> p.jsonName().equals(json)).findFirst();
  }
}
