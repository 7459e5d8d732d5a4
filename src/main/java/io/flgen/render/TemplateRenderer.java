package io.flgen.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.TimeZone;

/** The one FreeMarker configuration: classpath templates, UTF-8, rethrow, Locale.ROOT. */
final class TemplateRenderer {
  private static final Configuration CFG = configure();

  private TemplateRenderer() {}

  private static Configuration configure() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(TemplateRenderer.class, "/templates");
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    return c;
  }

  /** Renders {@code name} (relative to /templates) with the view; output uses LF line ends. */
  static String render(String name, Object view) {
    try {
      Template t = CFG.getTemplate(name);
      StringWriter w = new StringWriter();
      t.process(view, w);
      return w.toString().replace("\r\n", "\n");
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
