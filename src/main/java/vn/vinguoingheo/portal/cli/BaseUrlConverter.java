package vn.vinguoingheo.portal.cli;

import java.net.URI;
import picocli.CommandLine;
import vn.vinguoingheo.portal.content.read.BaseUrl;

/** Reads {@code --base-url} as site.yaml's base_url is read. */
final class BaseUrlConverter implements CommandLine.ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        return BaseUrl.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "\"" + value + "\" không phải địa chỉ đầy đủ, ví dụ https://vinguoingheo.gov.vn/"));
    }
}
