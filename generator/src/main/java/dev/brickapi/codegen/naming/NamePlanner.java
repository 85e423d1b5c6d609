package dev.brickapi.codegen.naming;

import dev.brickapi.codegen.model.ApiModel;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.Operation;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Parameter;
import dev.brickapi.codegen.model.PollingWait;
import dev.brickapi.codegen.model.Property;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.Service;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naming stage: decides, from the linked model, every name the emitters derive, scope by scope.
 *
 * <p>The linker has already given the model its own names with the rules of this package (class names
 * unique per package and never a {@code java.lang} type's; fields, parameters, operation methods,
 * constants and variants unique in their scope, keywords with a trailing underscore, Object's methods
 * avoided). This stage adds what the emitters write around them, in a fixed order so the result is
 * deterministic: in a record, first each property's getter and setter, then the derived accessors
 * ({@code getXOrDefault}, {@code hasX}, {@code clearX}), which get a number when taken; the locals of
 * {@code equals}/{@code toString}/{@code copy} never equal a field; in a service, first every operation's
 * method, then the paging and waiting methods; in a method, first the parameters, then the locals.
 */
public final class NamePlanner {

  /** A list operation's answer implements {@code Iterable} of its items: no derived name takes these. */
  private static final List<String> ITERABLE_METHODS = List.of("iterator", "forEach", "spliterator");

  private NamePlanner() {}

  public static JavaNames plan(ApiModel model) {
    Map<TypeId, RecordNames> records = new HashMap<>();
    Map<TypeId, EnumNames> enums = new HashMap<>();
    Map<TypeId, UnionNames> unions = new HashMap<>();
    for (TypeDef def : model.types().values()) {
      if (def instanceof RecordType r) {
        records.put(r.id(), record(r));
      } else if (def instanceof EnumType e) {
        enums.put(e.id(), enumNames(e));
      } else if (def instanceof UnionType u) {
        unions.put(u.id(), union(u));
      }
    }
    Map<String, OperationNames> operations = new HashMap<>();
    for (Service s : model.services()) {
      NameTable methods = new NameTable(ReservedNames.OBJECT_METHODS);
      s.operations().forEach(op -> methods.allocate(op.javaName()));
      for (Operation op : s.operations()) {
        operations.put(JavaNames.key(s, op), operation(op, methods));
      }
    }
    return new JavaNames(records, enums, unions, operations);
  }

  static RecordNames record(RecordType r) {
    NameTable fields = new NameTable(RecordNames.UNKNOWN_FIELDS);
    r.properties().forEach(p -> fields.allocate(p.javaName()));
    NameTable methods = new NameTable(ReservedNames.OBJECT_METHODS).reserve(ITERABLE_METHODS);
    String getUnknown = methods.allocate("getAdditionalProperties");
    String setUnknown = methods.allocate("setAdditionalProperty");
    String copy = methods.allocate("copy");
    String parts = methods.allocate("parts");
    Map<String, String> getters = new LinkedHashMap<>();
    Map<String, String> setters = new LinkedHashMap<>();
    for (Property p : r.properties()) {
      getters.put(p.jsonName(), primary(methods, RecordNames.PropertyNames.getterOf(p.javaName()), r));
      setters.put(p.jsonName(), primary(methods, RecordNames.PropertyNames.setterOf(p.javaName()), r));
    }
    Map<String, RecordNames.PropertyNames> properties = new LinkedHashMap<>();
    for (Property p : r.properties()) {
      String getter = getters.get(p.jsonName());
      String cap = JavaIdentifiers.capitalize(p.javaName());
      properties.put(p.jsonName(), new RecordNames.PropertyNames(p.javaName(), getter, setters.get(p.jsonName()),
          p.defaultValue() == null ? null : methods.allocate(getter + "OrDefault"),
          p.nullable() ? methods.allocate("has" + cap) : null,
          p.nullable() ? methods.allocate("clear" + cap) : null));
    }
    NameTable locals = fields.copy();
    RecordNames.Locals l = new RecordNames.Locals(locals.allocate("o"), locals.allocate("that"),
        locals.allocate("out"), locals.allocate("sep"), locals.allocate("copy"), locals.allocate("parts"));
    return new RecordNames(properties, RecordNames.UNKNOWN_FIELDS, getUnknown, setUnknown, copy, parts, l);
  }

  /** A property's own getter or setter: always free, because fields are unique and reserved ones excluded. */
  private static String primary(NameTable methods, String wanted, RecordType r) {
    if (methods.isTaken(wanted)) {
      throw new IllegalStateException("the accessor " + wanted + " of " + r.name() + " is taken: a field should "
          + "have been named so that it is not (RecordNames.RESERVED_FIELDS)");
    }
    return methods.allocate(wanted);
  }

  static EnumNames enumNames(EnumType e) {
    Map<String, String> constants = new LinkedHashMap<>();
    e.constants().forEach(c -> constants.put(c.value(), c.javaName()));
    NameTable nested = new NameTable(e.name().simpleName());
    return new EnumNames(constants, nested.allocate("Known"), "BY_VALUE");
  }

  static UnionNames union(UnionType u) {
    List<UnionNames.Variant> variants = new ArrayList<>();
    for (UnionType.Variant v : u.variants()) {
      String cap = JavaIdentifiers.capitalize(v.javaName());
      variants.add(new UnionNames.Variant(v.javaName(), "of" + cap, "is" + cap, "get" + cap));
    }
    NameTable nested = new NameTable(u.name().simpleName());
    return new UnionNames(variants, nested.allocate(u.discriminator() != null ? "Unknown" : "Deserializer"));
  }

  private static OperationNames operation(Operation op, NameTable serviceMethods) {
    Map<String, String> parameters = new LinkedHashMap<>();
    NameTable scope = new NameTable();
    for (Parameter p : op.parameters()) {
      parameters.put(OperationNames.key(p.in().name(), p.name()), scope.allocate(p.javaName()));
    }
    String body = scope.allocate("body");
    String paged = null;
    OperationNames.PagingLocals paging = null;
    if (op.pagination() != null) {
      paged = serviceMethods.allocate(op.javaName() + "All");
      // The paging method takes every parameter but the paging one: its locals only avoid those.
      Pagination pg = op.pagination();
      NameTable locals = new NameTable(body);
      op.parameters().stream()
          .filter(p -> pg.requestInBody() || p.in() != Parameter.In.QUERY || !p.name().equals(pg.requestField()))
          .forEach(p -> locals.allocate(parameters.get(OperationNames.key(p.in().name(), p.name()))));
      paging = new OperationNames.PagingLocals(locals.allocate("cursor"), locals.allocate("page"),
          locals.allocate("items"), locals.allocate("n"), locals.allocate("at"), locals.allocate("request"));
    }
    String waitFor = null;
    String waitForAsync = null;
    OperationNames.WaitLocals waiting = null;
    if (op.waitFor() instanceof PollingWait w) {
      waitFor = serviceMethods.allocate(op.javaName() + "AndWait");
      waitForAsync = serviceMethods.allocate(op.javaName() + "AndWaitAsync");
      NameTable locals = scope.copy();
      String options = locals.allocate("options");
      String response = locals.allocate("response");
      String state = locals.allocate("state");
      String message = locals.allocate("message");
      String value = locals.allocate("value");
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < Math.max(w.statePath().size(), w.messagePath().size()); i++) {
        steps.add(locals.allocate("v" + i));
      }
      waiting = new OperationNames.WaitLocals(options, response, state, message, value, steps);
    }
    return new OperationNames(op.javaName(), parameters, body, paged, paging, waitFor, waitForAsync, waiting);
  }
}
