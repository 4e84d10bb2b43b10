package kz.emocare.contracts.simulator.medical;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR R4 for the medical simulator: a strict JSON parser (unknown elements are errors) and, unless switched
 * off, HAPI's instance validator against the base R4 StructureDefinitions (terminology is not checked, see {@link
 * StructureDefinitionsOnly}), built on first use because it is heavy.
 */
public final class FhirSupport {

    private static final FhirSupport FULL = new FhirSupport(true);
    private static final FhirSupport PARSER_ONLY = new FhirSupport(false);

    private final FhirContext context = FhirContext.forR4Cached();
    private final boolean fullValidation;
    private volatile FhirValidator validator;

    private FhirSupport(boolean fullValidation) {
        this.fullValidation = fullValidation;
    }

    /**
     * The JVM's shared instance: the validator costs about 100 MB and half a minute to build, so simulators and
     * contract checks in one JVM share it.
     *
     * @param fullValidation HAPI's instance validator, or strict parsing only
     */
    public static FhirSupport shared(boolean fullValidation) {
        return fullValidation ? FULL : PARSER_ONLY;
    }

    public FhirContext context() {
        return context;
    }

    /**
     * Parses a resource strictly.
     *
     * @throws FhirInputException naming the problem
     */
    public <T extends IBaseResource> T parse(byte[] body, Class<T> type) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(type, new String(body, StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            throw new FhirInputException(
                    400, "structure", "the body is not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Parses any R4 resource strictly.
     *
     * @throws FhirInputException naming the problem
     */
    public IBaseResource parseAny(byte[] body) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(new String(body, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            throw new FhirInputException(400, "structure", "the body is not a valid FHIR resource: " + e.getMessage());
        }
    }

    public byte[] write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    /** Error and fatal messages of the instance validator (empty when valid or when validation is off). */
    public List<String> validationErrors(IBaseResource resource) {
        if (!fullValidation) {
            return List.of();
        }
        return validator().validateWithResult(resource).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirSupport::describe)
                .toList();
    }

    /**
     * Builds the validator in a background thread: HAPI needs about half a minute of CPU on two cores to load the
     * definitions, which would otherwise fall on the first transaction.
     */
    public void warmUpInBackground() {
        if (!fullValidation) {
            return;
        }
        Thread warmUp =
                new Thread(() -> validationErrors(new org.hl7.fhir.r4.model.Observation()), "fhir-validator-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** A small transaction touching every accepted type, so the warm-up loads what real requests need. */
    private static org.hl7.fhir.r4.model.Bundle sampleTransaction() {
        var bundle = new org.hl7.fhir.r4.model.Bundle().setType(org.hl7.fhir.r4.model.Bundle.BundleType.TRANSACTION);
        var observation = new org.hl7.fhir.r4.model.Observation()
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL)
                .setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("warm-up"))
                .setValue(new org.hl7.fhir.r4.model.IntegerType(5));
        var response = new org.hl7.fhir.r4.model.QuestionnaireResponse()
                .setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        var consent = new org.hl7.fhir.r4.model.Consent().setStatus(org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE);
        for (org.hl7.fhir.r4.model.Resource resource : java.util.List.of(observation, response, consent)) {
            bundle.addEntry()
                    .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
                    .setResource(resource)
                    .getRequest()
                    .setMethod(org.hl7.fhir.r4.model.Bundle.HTTPVerb.POST)
                    .setUrl(resource.fhirType());
        }
        return bundle;
    }

    private FhirValidator validator() {
        FhirValidator current = validator;
        if (current == null) {
            synchronized (this) {
                if (validator == null) {
                    ValidationSupportChain chain = new ValidationSupportChain(
                            new StructureDefinitionsOnly(context), new SnapshotGeneratingValidationSupport(context));
                    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
                    instanceValidator.setAnyExtensionsAllowed(true);
                    instanceValidator.setNoTerminologyChecks(true);
                    FhirValidator built = context.newValidator();
                    built.registerValidatorModule(instanceValidator);
                    validator = built;
                }
                current = validator;
            }
        }
        return current;
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
