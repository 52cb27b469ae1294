package dev.jpwsh.commands.objects;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import dev.jpwsh.runtime.object.TypeDataTable;

/**
 * Remove-TypeData: removes the session's type data of a type name (-TypeName), of TypeData objects (-TypeData), or
 * of the types a types.ps1xml file defines (-Path).
 */
@DotNetName("Microsoft.PowerShell.Commands.RemoveTypeDataCommand")
@DefaultParameterSet("RemoveTypeDataSet")
@SupportsShouldProcess
public final class RemoveTypeDataCommand extends Cmdlet {
    @Parameter(parameterSetName = "RemoveTypeSet", mandatory = true, position = 0, valueFromPipeline = true)
    private String typeName;

    @Parameter(parameterSetName = "RemoveFileSet", mandatory = true)
    private String[] path;

    @Parameter(parameterSetName = "RemoveTypeDataSet", mandatory = true, valueFromPipeline = true)
    private Object typeData;

    @Override
    protected void processRecord() {
        TypeDataTable table = SessionTypeData.of(frame().context());
        switch (parameterSetName()) {
            case "RemoveTypeSet" -> {
                if (typeName == null || typeName.isBlank()) {
                    throw terminatingError(ObjectErrors.invalidOperation("TargetTypeNameEmpty", "The target type name "
                            + "should not be null, empty, or contain only white spaces.", typeName));
                }
                table.remove(typeName);
            }
            case "RemoveFileSet" -> {
                for (String p : path) {
                    try {
                        java.nio.file.Path file = dev.jpwsh.engine.provider.SessionProviders.of(frame().context())
                                .currentFileSystemDirectory().resolve(p);
                        TypesXml.read(file, frame()).forEach(t -> table.remove(t.typeName()));
                    } catch (java.io.IOException e) {
                        writeError(ObjectErrors.invalidOperation("TypeFileNotExistsInCurrentSession", "The file " + p
                                + " is not imported into the current session.", null));
                    }
                }
            }
            default -> {
                if (typeData instanceof PSObject o && o.property("TypeName") != null) {
                    table.remove(LanguagePrimitives.toString(o.property("TypeName").value()));
                }
            }
        }
    }
}
