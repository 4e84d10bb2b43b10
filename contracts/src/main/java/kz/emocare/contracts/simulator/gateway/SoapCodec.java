package kz.emocare.contracts.simulator.gateway;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import kz.emocare.contracts.gateway.NationalGateway;
import kz.emocare.contracts.gateway.types.ErrorInfo;
import kz.emocare.contracts.gateway.types.ObjectFactory;
import kz.emocare.contracts.gateway.types.SendMessage;
import kz.emocare.contracts.gateway.types.SendMessageResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads SOAP 1.1 SendMessage requests and writes answers and faults. Every request body is validated against the
 * gateway's XSD before it is unmarshalled, so a client that breaks the contract gets a fault naming the problem.
 */
public final class SoapCodec {

    public static final String SOAP_ENVELOPE_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

    private final JAXBContext context;
    private final Schema schema;

    public SoapCodec() {
        try {
            this.context =
                    JAXBContext.newInstance(ObjectFactory.class, kz.emocare.contracts.gateway.data.ObjectFactory.class);
            this.schema = loadSchema();
        } catch (JAXBException | SAXException e) {
            throw new IllegalStateException("cannot load the national gateway contract", e);
        }
    }

    /** The gateway's XSD (envelope types and payloads), for validating messages in tests too. */
    public Schema schema() {
        return schema;
    }

    /**
     * Reads and validates a request.
     *
     * @throws SoapFaultException (client fault) when it is not a valid SendMessage
     */
    public SendMessage readRequest(byte[] body) {
        Element payload = bodyPayload(parse(body));
        try {
            schema.newValidator().validate(new DOMSource(payload));
            return context.createUnmarshaller()
                    .unmarshal(payload, SendMessage.class)
                    .getValue();
        } catch (SAXException e) {
            throw invalid("the message breaks the contract: " + e.getMessage());
        } catch (JAXBException | IOException e) {
            throw invalid("the message cannot be read");
        }
    }

    /** A SOAP envelope carrying the answer. */
    public byte[] writeResponse(SendMessageResponse response) {
        return envelope(response);
    }

    /** A SOAP 1.1 fault whose detail is the contract's SendMessageFault. */
    public byte[] writeFault(boolean clientFault, ErrorInfo error) {
        try {
            Document document = newDocumentBuilder().newDocument();
            Element envelope = document.createElementNS(SOAP_ENVELOPE_NAMESPACE, "soap:Envelope");
            document.appendChild(envelope);
            Element body = child(document, envelope, SOAP_ENVELOPE_NAMESPACE, "soap:Body");
            Element fault = child(document, body, SOAP_ENVELOPE_NAMESPACE, "soap:Fault");
            child(document, fault, null, "faultcode").setTextContent(clientFault ? "soap:Client" : "soap:Server");
            child(document, fault, null, "faultstring").setTextContent(error.getErrorMessage());
            Element detail = child(document, fault, null, "detail");
            context.createMarshaller().marshal(new ObjectFactory().createSendMessageFault(error), detail);
            return serialize(document);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write a SOAP fault", e);
        }
    }

    private byte[] envelope(Object payload) {
        try {
            Document document = newDocumentBuilder().newDocument();
            Element envelope = document.createElementNS(SOAP_ENVELOPE_NAMESPACE, "soap:Envelope");
            document.appendChild(envelope);
            Element body = child(document, envelope, SOAP_ENVELOPE_NAMESPACE, "soap:Body");
            context.createMarshaller().marshal(payload, body);
            return serialize(document);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write a SOAP answer", e);
        }
    }

    private static Element child(Document document, Element parent, String namespace, String name) {
        Element element = namespace == null ? document.createElement(name) : document.createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    private static Document parse(byte[] body) {
        try {
            return newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw invalid("the body is not well-formed XML");
        }
    }

    private static Element bodyPayload(Document document) {
        Element envelope = document.getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName())
                || !SOAP_ENVELOPE_NAMESPACE.equals(envelope.getNamespaceURI())) {
            throw invalid("not a SOAP 1.1 envelope");
        }
        Element body = firstElement(envelope, "Body");
        Element payload = body == null ? null : firstElement(body, null);
        if (payload == null) {
            throw invalid("the SOAP body is empty");
        }
        return payload;
    }

    private static Element firstElement(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && (localName == null
                            || (localName.equals(element.getLocalName())
                                    && SOAP_ENVELOPE_NAMESPACE.equals(element.getNamespaceURI())))) {
                return element;
            }
        }
        return null;
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(output));
            return output.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    private static Schema loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(new StreamSource[] {
            source(NationalGateway.TYPES_XSD_RESOURCE), source(NationalGateway.DATA_XSD_RESOURCE)
        });
    }

    private static StreamSource source(String resource) {
        URL url = Objects.requireNonNull(SoapCodec.class.getClassLoader().getResource(resource), resource);
        return new StreamSource(url.toExternalForm());
    }

    private static SoapFaultException invalid(String message) {
        return new SoapFaultException(true, NationalGateway.ErrorCodes.INVALID_MESSAGE, message);
    }
}
