package dev.brickapi.codegen.link;

import static dev.brickapi.codegen.link.SchemaTranslator.unsupported;

import dev.brickapi.codegen.model.EnumType;
import dev.brickapi.codegen.model.JavaName;
import dev.brickapi.codegen.model.Location;
import dev.brickapi.codegen.model.TypeId;
import dev.brickapi.codegen.naming.EnumNames;
import dev.brickapi.codegen.naming.JavaIdentifiers;
import dev.brickapi.codegen.naming.NameTable;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a schema with {@code enum} into an {@link EnumType}: string or integer values, each with a Java
 * constant name that clashes with no other constant (nor with the enum class's own static members, {@link EnumNames#RESERVED_CONSTANTS}).
 */
final class EnumTranslator {

  private final Problems problems;

  EnumTranslator(Problems problems) {
    this.problems = problems;
  }

  EnumType translate(TypeId id, JavaName name, Schema<?> schema, SourceRef at) {
    boolean integer = "integer".equals(schema.getType());
    if (!integer && schema.getType() != null && !"string".equals(schema.getType())) {
      unsupported(problems, at.child("enum"), "an enum of type '" + schema.getType() + "'", "use a string, integer or boolean enum");
    }
    NameTable constants = new NameTable(EnumNames.RESERVED_CONSTANTS);
    List<EnumType.Constant> list = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Object v : schema.getEnum()) {
      if (v == null) {
        continue; // `nullable` enums list null; it is not a constant
      }
      String value = String.valueOf(v);
      if (!seen.add(value)) {
        problems.warning(at.child("enum"), "enum value '" + value + "' is listed twice; it is one constant",
            "remove the duplicate");
        continue;
      }
      String constant = integer ? "VALUE_" + value.replace('-', '_') : JavaIdentifiers.constant(value);
      list.add(new EnumType.Constant(value, constants.allocate(constant)));
    }
    if (schema.getDefault() != null && !seen.contains(String.valueOf(schema.getDefault()))) {
      problems.warning(at.child("default"), "default '" + schema.getDefault() + "' is not one of the enum's values",
          "make the default one of " + List.copyOf(seen) + ", or add it to the enum");
    }
    return new EnumType(id, name, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()),
        integer, list, new Location(at.file(), at.pointer()));
  }
}
