package kz.emocare.contracts.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.simulator.gateway.SoapCodec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks SendMessage exchanges against the gateway's XSD: the request's body element, and the answer's
 * SendMessageResponse or the SendMessageFault inside a SOAP fault's detail. The WSDL and schema downloads
 * ({@code ?wsdl}) are not messages and pass.
 */
final class SoapCheck implements ContractCheck {

    private final SoapCodec codec = new SoapCodec();

    @Override
    public List<String> requestProblems(Exchange exchange) {
        if (!"POST".equals(exchange.method())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (exchange.requestHeader("SOAPAction") == null
                || !exchange.requestHeader("SOAPAction").replace("\"", "").equals(NationalGateway.SOAP_ACTION)) {
            problems.add("SOAPAction must be " + NationalGateway.SOAP_ACTION);
        }
        problems.addAll(validatePayload(exchange.requestBody(), false));
        return problems;
    }

    @Override
    public List<String> responseProblems(Exchange exchange) {
        if (!"POST".equals(exchange.method())) {
            return List.of();
        }
        return validatePayload(exchange.responseBody(), true);
    }

    private List<String> validatePayload(byte[] body, boolean faultAllowed) {
        try {
            Element payload = payload(parse(body), faultAllowed);
            if (payload == null) {
                return List.of("the SOAP body is empty");
            }
            codec.schema().newValidator().validate(new DOMSource(payload));
            return List.of();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return List.of("breaks the XSD or is not XML: " + e.getMessage());
        }
    }

    private static Element payload(Document document, boolean faultAllowed) {
        Element body = child(document.getDocumentElement(), "Body");
        Element first = body == null ? null : child(body, null);
        if (first != null && faultAllowed && "Fault".equals(first.getLocalName())) {
            Element detail = child(first, "detail");
            return detail == null ? null : child(detail, null);
        }
        return first;
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (localName == null || localName.equals(element.getLocalName()))) {
                return element;
            }
        }
        return null;
    }

    private static Document parse(byte[] body) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body == null ? new byte[0] : body));
    }
}
