package io.github.reformplan.read;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * Jackson's YAML factory with SnakeYAML's parser fed by {@link QuickYamlScanner}, or by SnakeYAML's own scanner
 * reading through {@link LinearStreamReader} (linear in long tokens) for what the quick one leaves to it.
 */
final class LinearYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    LinearYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** A parser of a text already in memory; {@code quick}: through {@link QuickYamlScanner}. */
    YAMLParser parser(String text, boolean quick) throws IOException {
        IOContext context = _createContext(_createContentReference(text), false);
        Reader reader = new StringReader(text);
        ParserImpl events = new ParserImpl(quick ? new QuickYamlScanner(text)
                : new ScannerImpl(new LinearStreamReader(text), _loaderOptions));
        return new YAMLParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events) {
        };
    }
}
