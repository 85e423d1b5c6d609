import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Prints how many class files of each jar have each class file major version: {@code jar 55=104}. */
public final class ClassVersions {
  public static void main(String[] args) throws IOException {
    for (String jar : args) {
      Map<Integer, Integer> counts = new TreeMap<>();
      try (ZipFile zip = new ZipFile(jar)) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          if (!e.getName().endsWith(".class")) {
            continue;
          }
          try (DataInputStream in = new DataInputStream(zip.getInputStream(e))) {
            if (in.readInt() != 0xCAFEBABE) {
              throw new IOException(jar + "!" + e.getName() + " is not a class file");
            }
            in.readUnsignedShort();
            counts.merge(in.readUnsignedShort(), 1, Integer::sum);
          }
        }
      }
      StringBuilder line = new StringBuilder(jar);
      counts.forEach((major, n) -> line.append(' ').append(major).append('=').append(n));
      System.out.println(line);
    }
  }
}
