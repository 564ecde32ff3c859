// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Tests.Model;

/// <summary>Immutability is a tested contract: no public setters, sealed classes, read-only structs.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] s_publicTypes = typeof(BulletinIssue).Assembly.GetExportedTypes();

    [Fact]
    public void PublicProperties_HaveNoPublicSetters()
    {
        var settable = s_publicTypes
            .Where(t => !t.IsSubclassOf(typeof(Exception)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(settable);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = s_publicTypes
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsSubclassOf(typeof(Delegate)))
            .Select(t => t.Name)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = s_publicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.Name)
            .ToList();
        Assert.Empty(mutable);
    }
}
