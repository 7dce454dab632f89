namespace NewsArchive.Core.Model;

/// <summary>One contributor named in an article's byline: "■本报记者 陈 润" is role 本报记者, name 陈润.</summary>
public sealed class Byline
{
    public Byline(string role, string name)
    {
        Role = role;
        Name = name;
    }

    public string Role { get; }
    public string Name { get; }

    public override string ToString() => Role.Length == 0 ? Name : Role + " " + Name;
}
