package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * .NET types pwsh names as type accelerators whose behaviour jpwsh does not model: CIM (no CIM server on this
 * platform), access-control lists, X.509 certificates, experimental features, and PowerShell's primitive dictionary
 * and property expression. Scripts can name each ({@code [ciminstance]}, {@code -is}, {@code GetType()} comparisons,
 * TypeAccelerators' table) but cannot make one: none has a public constructor, so {@code ::new()} is pwsh's
 * "constructor not found" error. CimType lists MI's value kinds, as .NET's enum does.
 */
public final class NamedOnlyTypes {
    private NamedOnlyTypes() {
    }

    /** Microsoft.Management.Infrastructure.CimInstance ({@code [ciminstance]}). */
    @DotNetName("Microsoft.Management.Infrastructure.CimInstance")
    public static final class CimInstance {
        private CimInstance() {
        }
    }

    /** Microsoft.Management.Infrastructure.CimClass ({@code [cimclass]}). */
    @DotNetName("Microsoft.Management.Infrastructure.CimClass")
    public static final class CimClass {
        private CimClass() {
        }
    }

    /** Microsoft.Management.Infrastructure.CimSession ({@code [CimSession]}). */
    @DotNetName("Microsoft.Management.Infrastructure.CimSession")
    public static final class CimSession {
        private CimSession() {
        }
    }

    /** Microsoft.Management.Infrastructure.CimConverter ({@code [cimconverter]}), a static class. */
    @DotNetName("Microsoft.Management.Infrastructure.CimConverter")
    public static final class CimConverter {
        private CimConverter() {
        }
    }

    /** Microsoft.Management.Infrastructure.CimType ({@code [cimtype]}): the kinds of CIM values, in MI's order. */
    @DotNetName("Microsoft.Management.Infrastructure.CimType")
    public enum CimType {
        Unknown, Boolean, UInt8, SInt8, UInt16, SInt16, UInt32, SInt32, UInt64, SInt64, Real32, Real64, Char16,
        DateTime, String, Reference, Instance, BooleanArray, UInt8Array, SInt8Array, UInt16Array, SInt16Array,
        UInt32Array, SInt32Array, UInt64Array, SInt64Array, Real32Array, Real64Array, Char16Array, DateTimeArray,
        StringArray, ReferenceArray, InstanceArray
    }

    /** System.Security.AccessControl.ObjectSecurity ({@code [ObjectSecurity]}), an abstract class. */
    @DotNetName("System.Security.AccessControl.ObjectSecurity")
    public abstract static class ObjectSecurity {
        private ObjectSecurity() {
        }
    }

    /** System.Security.Cryptography.X509Certificates.X509Certificate ({@code [X509Certificate]}). */
    @DotNetName("System.Security.Cryptography.X509Certificates.X509Certificate")
    public static final class X509Certificate {
        private X509Certificate() {
        }
    }

    /** System.Security.Cryptography.X509Certificates.X500DistinguishedName ({@code [X500DistinguishedName]}). */
    @DotNetName("System.Security.Cryptography.X509Certificates.X500DistinguishedName")
    public static final class X500DistinguishedName {
        private X500DistinguishedName() {
        }
    }

    /** System.Management.Automation.ExperimentalFeature ({@code [ExperimentalFeature]}); Get-ExperimentalFeature's. */
    @DotNetName("System.Management.Automation.ExperimentalFeature")
    public static final class ExperimentalFeature {
        private ExperimentalFeature() {
        }
    }

    /** System.Management.Automation.PSPrimitiveDictionary ({@code [psprimitivedictionary]}). */
    @DotNetName("System.Management.Automation.PSPrimitiveDictionary")
    public static final class PSPrimitiveDictionary {
        private PSPrimitiveDictionary() {
        }
    }

    /** Microsoft.PowerShell.Commands.PSPropertyExpression ({@code [pspropertyexpression]}). */
    @DotNetName("Microsoft.PowerShell.Commands.PSPropertyExpression")
    public static final class PSPropertyExpression {
        private PSPropertyExpression() {
        }
    }
}
