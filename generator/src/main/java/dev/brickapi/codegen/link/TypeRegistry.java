package dev.brickapi.codegen.link;

import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.RecordType;
import dev.brickapi.codegen.model.TypeDef;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.model.TypeRef;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.naming.ReservedNames;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java classes of the linked model: which definition owns each class name, and the types defined so
 * far. Component schemas and service interfaces claim their names before any schema is translated, so an
 * inline type never takes one, and two definitions that map to the same class are reported.
 */
final class TypeRegistry {

  private final Problems problems;
  private final Map<String, String> packages;
  private final Map<String, NameTable> classNames = new HashMap<>();
  private final Map<TypeId, JavaName> componentNames = new HashMap<>();
  private final Map<TypeId, TypeDef> types = new LinkedHashMap<>();
  private final Map<JavaName, TypeId> nameOwners = new HashMap<>();

  /**
   * @param packages the Java package of each document, by document name
   */
  TypeRegistry(Problems problems, Map<String, String> packages) {
    this.problems = problems;
    this.packages = packages;
  }

  /** Reserves the class name of every component schema, so inline types never take them. */
  void reserveComponentNames(LoadedDocument doc) {
    Map<String, Schema> schemas = doc.api().getComponents() == null ? null : doc.api().getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    String pkg = packages.get(doc.name());
    for (String name : schemas.keySet()) {
      TypeId id = new TypeId(doc.name(), "/components/schemas/" + RefResolver.escape(name));
      JavaName javaName = new JavaName(pkg, ReservedNames.className(JavaIdentifiers.typeName(name)));
      componentNames.put(id, javaName);
      claim(javaName, id, new SourceRef(doc.name(), id.pointer(), 0));
    }
  }

  /** Claims a class name for a service interface, so a schema with the same name is reported. */
  void reserveServiceName(JavaName name, SourceRef at) {
    claim(name, new TypeId(at.file(), at.pointer()), at);
  }

  private void claim(JavaName name, TypeId id, SourceRef at) {
    TypeId owner = nameOwners.putIfAbsent(name, id);
    classNames.computeIfAbsent(name.packageName(), p -> new NameTable()).allocate(name.simpleName());
    if (owner != null && !owner.equals(id)) {
      problems.error(at, "two definitions map to the Java class " + name.qualified() + ": " + owner + " and " + id,
          owner.document().equals(id.document()) ? "rename one of them"
              : "rename one of them, or give one document another package with x-brickapi-package");
    }
  }

  /** The class name of the component schema {@code schemaName}, reserved or (for a late one) made now. */
  JavaName componentName(TypeId id, String schemaName) {
    return componentNames.computeIfAbsent(id,
        k -> new JavaName(packages.get(id.document()), ReservedNames.className(JavaIdentifiers.typeName(schemaName))));
  }

  /** A class name not taken yet in the package of the document of {@code id}, as close to the hint as it can be. */
  JavaName inlineName(TypeId id, String nameHint) {
    String pkg = packages.get(id.document());
    JavaName name = new JavaName(pkg, classNames.computeIfAbsent(pkg, p -> new NameTable()).allocate(ReservedNames.className(nameHint)));
    nameOwners.putIfAbsent(name, id);
    return name;
  }

  void define(TypeDef def) {
    types.put(def.id(), def);
  }

  TypeDef get(TypeId id) {
    return types.get(id);
  }

  Map<TypeId, TypeDef> types() {
    return types;
  }

  /** Adds the union to the list of unions a record implements (discriminated unions). */
  void markVariant(TypeId record, TypeId union) {
    if (types.get(record) instanceof RecordType r && !r.unions().contains(union)) {
      List<TypeId> unions = new ArrayList<>(r.unions());
      unions.add(union);
      types.put(record, r.withUnions(unions));
    }
  }

  /** Whether the type is an object (a record, a union, a map or free-form): not sendable as a query value. */
  boolean isObject(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return !(types.get(n.id()) instanceof EnumType);
    }
    return type instanceof TypeRef.FreeObject || type instanceof TypeRef.MapOf;
  }

  JavaName nameOf(TypeId id) {
    TypeDef def = types.get(id);
    if (def != null) {
      return def.name();
    }
    return componentNames.get(id);
  }
}
