// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Tests.Model;

/// <summary>
/// Immutability is a tested contract: no public setters (an <c>init</c> accessor, which only an object initializer
/// can call, is allowed: properties added after 0.1.0 use it to keep the shipped constructors), sealed classes,
/// read-only structs.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] s_publicTypes = typeof(BulletinIssue).Assembly.GetExportedTypes();

    [Fact]
    public void PublicProperties_CannotChangeAfterConstruction()
    {
        var settable = s_publicTypes
            .Where(t => !t.IsSubclassOf(typeof(Exception)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(settable);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

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
