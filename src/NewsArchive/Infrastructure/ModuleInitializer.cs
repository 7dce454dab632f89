using System.IO;
using System.Management.Automation;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>Runs when Import-Module loads NewsArchive.dll and when Remove-Module unloads it.</summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public void OnImport() => NativeSqlite.Register(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!);

    public void OnRemove(PSModuleInfo psModuleInfo) => NativeSqlite.Unregister();
}
