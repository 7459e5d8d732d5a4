package io.flgen.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flgen.model.StorageSku;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DataTableTest {

  private static DataTable parse(String text, String... fields) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return DataTable.parse("azure/t.properties", p, fields);
  }

  private static String failure(String text, String... fields) {
    return assertThrows(IllegalStateException.class, () -> parse(text, fields)).getMessage();
  }

  @Test
  void readsRowsSortedByIdWithTheirFields() throws IOException {
    DataTable t = parse("b.x = 2\nb.d = 2025-09-30\na.x = 1\na.d = 2023-09-06\n", "x", "d");
    assertEquals(List.of("a", "b"), List.copyOf(t.rows().keySet()));
    assertEquals("2", t.row("b").get("x"));
    assertEquals(LocalDate.of(2025, 9, 30), t.row("b").date("d"));
  }

  @Test
  void anUnknownFieldFailsNamingFileAndKey() {
    assertEquals(
        "azure/t.properties: unknown key a.colour", failure("a.x = 1\na.colour = red\n", "x"));
    assertEquals("azure/t.properties: unknown key x", failure("x = 1\n", "x"));
  }

  @Test
  void aMissingOrEmptyFieldFailsNamingFileAndKey() {
    assertEquals(
        "azure/t.properties: b.y is missing", failure("a.x = 1\na.y = 2\nb.x = 3\n", "x", "y"));
    assertEquals("azure/t.properties: a.y is missing", failure("a.x = 1\na.y =\n", "x", "y"));
  }

  @Test
  void badValuesFailNamingFileAndKey() throws IOException {
    DataTable t = parse("a.f = yes\na.d = 6 Sep 2023\n", "f", "d");
    assertEquals(
        "azure/t.properties: a.f = yes",
        assertThrows(IllegalStateException.class, () -> t.row("a").flag("f")).getMessage());
    assertEquals(
        "azure/t.properties: a.d = 6 Sep 2023",
        assertThrows(IllegalStateException.class, () -> t.row("a").date("d")).getMessage());
    assertEquals(
        "azure/t.properties: no row b",
        assertThrows(IllegalStateException.class, () -> t.row("b")).getMessage());
  }

  @Test
  void everyTableOnTheClassPathReads() {
    assertEquals(27, BuiltInRoles.all().size());
    assertEquals(11, AmlOutbound.REQUIRED.size());
    assertEquals(26, VmSizes.all().size());
    assertEquals("usgov", AzureCloud.US_GOV.yamlName());
    assertEquals("privatelink.azurecr.cn", PrivateLinkService.REGISTRY.zone(AzureCloud.CHINA));
    assertEquals(StorageSku.STANDARD_RAGZRS, StorageSku.fromAzureName("Standard_RAGZRS"));
  }

  @Test
  void anEnumTableNeedsARowPerConstantAndNoOther() throws IOException {
    DataTable t = parse("A.x = 1\nB.x = 2\n", "x");
    assertEquals("2", EnumTable.of(AB.values(), t).get(AB.B, "x"));
    assertEquals(
        "azure/t.properties: no row C",
        assertThrows(IllegalStateException.class, () -> EnumTable.of(ABC.values(), t))
            .getMessage());
    assertEquals(
        "azure/t.properties: rows without a constant [B]",
        assertThrows(IllegalStateException.class, () -> EnumTable.of(A.values(), t)).getMessage());
  }

  private enum A {
    A
  }

  private enum AB {
    A,
    B
  }

  private enum ABC {
    A,
    B,
    C
  }
}
