import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step (run by Maven in process-classes): compiles {@code restwise.css} to the binary
 * form JavaFX loads without its CSS parser. Parsing text CSS at start-up cold-loads the whole
 * parser, which cost the first window about 80 ms; the theme and Modena are binary already.
 */
public final class StylesheetCompiler {

    private StylesheetCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StylesheetCompiler SOURCE.css TARGET.bss");
            System.exit(2);
        }
        File target = new File(args[1]);
        target.getParentFile().mkdirs();
        Stylesheet.convertToBinary(new File(args[0]), target);
    }
}
