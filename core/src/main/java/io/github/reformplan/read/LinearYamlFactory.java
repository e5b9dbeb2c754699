package io.github.reformplan.read;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.parser.ParserImpl;

/** Jackson's YAML factory with SnakeYAML reading through {@link LinearStreamReader}: linear in long tokens. */
final class LinearYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    LinearYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** A parser of a text already in memory. */
    YAMLParser parser(String text) throws IOException {
        IOContext context = _createContext(_createContentReference(text), false);
        Reader reader = new StringReader(text);
        ParserImpl events = new ParserImpl(new LinearStreamReader(text), _loaderOptions);
        return new YAMLParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events) {
        };
    }
}
