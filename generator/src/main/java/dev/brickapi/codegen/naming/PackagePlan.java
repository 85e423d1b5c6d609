package dev.brickapi.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Decides the Java package of a document. */
public final class PackagePlan {

  private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)*");

  private PackagePlan() {}

  /**
   * {@code base} plus the document's own choice ({@code x-brickapi-package}) or, without one, its file
   * stem and, when the folder holding it is named like a version, that version:
   * {@code 2.0/cluster-policies.yaml} → {@code base.clusterpolicies.v20}.
   */
  public static String packageOf(String base, String documentName, String declared) {
    String suffix;
    if (declared != null && !declared.isBlank()) {
      suffix = declared.trim();
    } else {
      String[] parts = documentName.split("/");
      String file = parts[parts.length - 1];
      int dot = file.lastIndexOf('.');
      List<String> segments = new ArrayList<>();
      segments.add(JavaIdentifiers.packageSegment(dot > 0 ? file.substring(0, dot) : file));
      if (parts.length > 1 && VERSION.matcher(parts[parts.length - 2]).matches()) {
        segments.add("v" + parts[parts.length - 2].replaceAll("[^0-9]", ""));
      }
      suffix = String.join(".", segments);
    }
    return base == null || base.isEmpty() ? suffix : base + "." + suffix;
  }
}
